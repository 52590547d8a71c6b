import re,sys
cur=None
for line in open(sys.argv[1]):
    m=re.match(r'Accuracy on (\S+)',line)
    if m: cur=m.group(1).split('-')[0]
    m=re.match(r'\s+(above|below): (\S+) expected (\d+) (\d+); got (\w+) (\S+) (\S+) "(.*)"',line)
    if m:
        d,i,ei,el,k,gi,gl,q=m.groups()
        try: diff=abs(int(gl)-int(el))
        except: diff=None
        mode=sys.argv[2] if len(sys.argv)>2 else 'two'
        if mode=='two' and (diff is None or diff<2): continue
        if mode=='above' and d!='above': continue
        if len(sys.argv)>3 and cur not in sys.argv[3].split(','): continue
        print(f"{cur}-{i}\t{d}\t{ei}/{el} -> {k} {gi}/{gl}\t{q[:230]}")
