import sys, collections
def load(files):
    seen={}
    for f in files:
        for line in open(f):
            p=line.rstrip('\n').split('\t')
            if len(p)<4 or 'spbebot.dll' not in p[3]: continue
            k=(p[0],p[1]); cpu=float(p[2])
            if k not in seen or seen[k][0]<cpu: seen[k]=(cpu,p[3])
    by=collections.defaultdict(list)
    for cpu,cmd in seen.values():
        w=cmd.split(); i=[j for j,x in enumerate(w) if x.endswith('spbebot.dll')][0]
        by[' '.join(x for x in w[i+1:i+3] if not x.startswith('/'))[:40]].append(cpu)
    return by
a=load(sys.argv[1].split(',')); b=load(sys.argv[2].split(','))
ta=tb=0; na=nb=0
print(f"{'command':40} {'main n':>6} {'main avg':>8} {'branch n':>8} {'branch avg':>10}")
for k in sorted(set(a)&set(b), key=lambda k:-sum(a[k])):
    if k.startswith('serve'): continue  # servers live as long as their test: not comparable per process
    x,y=a[k],b[k]; print(f"{k:40} {len(x):6d} {sum(x)/len(x):8.2f} {len(y):8d} {sum(y)/len(y):10.2f}")
    ta+=sum(x); na+=len(x); tb+=sum(y); nb+=len(y)
print(f"short commands in both runs: main {na} processes {ta:.1f} CPU s = {ta/na:.2f} each; branch {nb} processes {tb:.1f} CPU s = {tb/nb:.2f} each")
exp=act=0
for k in set(a)&set(b):
    if k.startswith('serve'): continue
    exp+=len(b[k])*sum(a[k])/len(a[k]); act+=sum(b[k])
print(f"branch's processes at main's average per command: {exp:.1f} CPU s; measured on the branch: {act:.1f} CPU s ({(act/exp-1)*100:+.0f} %)")
