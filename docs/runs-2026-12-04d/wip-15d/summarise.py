import re,sys
def parse(path):
    rows=[];name=None
    for l in open(path):
        m=re.match(r'Accuracy on (\S+) set',l)
        if m: name=m.group(1).split('-')[0] if '-' in m.group(1) else m.group(1)
        m=re.search(r'Situations \((\d+)\): placed right (\d+) .*one off \(or wrong indicator\) (\d+); two or more levels off (\d+); no level (\d+); the reply asked the deciding criterion in (\d+)',l)
        if m: rows.append((name,)+tuple(int(x) for x in m.groups()))
    return rows
for path in sys.argv[1:]:
    t=parse(path+'/tuning.txt'); v=parse(path+'/validation-m.txt')
    old=[r for r in t if r[0] not in ('r','n')]
    def tot(rs): return [sum(r[i] for r in rs) for i in range(1,7)]
    out=[]
    for lab,rs in (('old(dev..K)',old),('R',[r for r in t if r[0]=='r']),('N',[r for r in t if r[0]=='n']),('M(val)',v)):
        n,r,o,tw,no,a=tot(rs); out.append(f"{lab}: {r}/{n} 1off {o} 2off {tw} none {no} asked {a}")
    print(path.split('/')[-1].ljust(14),' | '.join(out))
