import re,sys
R=dict(right=0,one_above=0,one_below=0,two=0,nolevel=0,asked=0,n=0,above=0,above2=0,below=0,below2=0)
for l in open(sys.argv[1]):
    m=re.search(r'Situations \((\d+)\): placed right (\d+) .*?one above (\d+), one below (\d+)\); two or more levels off (\d+); no level (\d+); the reply asked the deciding criterion in (\d+)',l)
    if m:
        n,r,a,b,t,nl,ask=map(int,m.groups()); R['n']+=n;R['right']+=r;R['one_above']+=a;R['one_below']+=b;R['two']+=t;R['nolevel']+=nl;R['asked']+=ask
    m=re.search(r'Situations by direction: above (\d+) \(two or more (\d+)\); below (\d+) \(two or more (\d+)\)',l)
    if m:
        a,a2,b,b2=map(int,m.groups()); R['above']+=a;R['above2']+=a2;R['below']+=b;R['below2']+=b2
print(R)
