import os,re,subprocess,glob,collections
sets=["12","12a","12b","12c","12d","12e","12f","12g","12h","12i","12j","12k","12l","12m","12n","12o","12p","12q","12r","12s","12t","12u","12v","12w","12x","12y","12z","13a","13b","13c","13d","13e"]
files=[]
for s in sets:
    d=f"docs/holdout-2026-{s}"
    for root,dirs,fs in os.walk(d):
        for f in fs:
            if not re.search(r'indicator(-holdout)?\.score\.txt$',f): continue
            if f.startswith('bh-'): continue
            files.append(os.path.join(root,f))
def t(p):
    o=subprocess.run(["git","log","--diff-filter=A","--format=%ct","--",p],capture_output=True,text=True).stdout.split()
    return int(o[-1]) if o else 0
first={}
for p in files:
    a=os.path.basename(p).split('-')[0]
    if a=='indicator': a='dev0'
    tt=t(p)
    if a not in first or tt<first[a][0]: first[a]=(tt,p)
rx=re.compile(r'^\s*- (\S+): "(.*)" expected ind (\d+) lvl (\d*) \(situation\); got (\w+) ind (\S+) lvl (\S+)')
for a,(tt,p) in sorted(first.items()):
    for line in open(p,encoding='utf-8'):
        m=rx.match(line)
        if not m: continue
        id_,q,ei,el,kind,gi,gl=m.groups()
        if not el or not gl.isdigit(): continue
        el,gl=int(el),int(gl)
        if gl>el or abs(gl-el)>=2:
            print(f"{id_}\t{p}\t{ei}->{gi}\t{el}->{gl}\t{q}")
