import re,sys
def load(f):
    d={}
    for line in open(f):
        m=re.match(r'\[(.*?)\]',line)
        if not m: continue
        per=[]
        for p in line.split(' | ')[1:]:
            x=p.split()
            r=int(x[1].split('/')[0]); w=int(x[3][1:])
            per.append((x[0],r,w))
        d[m.group(1)]=per
    return d
d={}
for f in sys.argv[1:]: d.update(load(f))
base=d['rank=16']
for k,v in d.items():
    if k=='rank=16': continue
    up=sum(1 for a,b in zip(base,v) if b[1]>a[1] and a[0]!='bh'); dn=sum(1 for a,b in zip(base,v) if b[1]<a[1] and a[0]!='bh')
    wu=sum(1 for a,b in zip(base,v) if b[2]>a[2] and a[0]!='bh'); wd=sum(1 for a,b in zip(base,v) if b[2]<a[2] and a[0]!='bh')
    print(f"{k}\tauthors right up {up} down {dn}\twrong up {wu} down {wd}")
