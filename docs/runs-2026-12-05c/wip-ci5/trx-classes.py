import sys, xml.etree.ElementTree as ET, collections, datetime as dt
ns={'t':'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
r=ET.parse(sys.argv[1]).getroot()
defs={}
for u in r.iterfind('.//t:UnitTest',ns):
    tm=u.find('t:TestMethod',ns); defs[u.get('id')]=tm.get('className')
def p(s):
    s=s[:26]+s[-6:] if len(s)>32 else s
    return dt.datetime.fromisoformat(s)
cls=collections.defaultdict(lambda:[None,None,0.0,0])
outc=collections.Counter()
for res in r.iterfind('.//t:UnitTestResult',ns):
    c=defs[res.get('testId')]; st=p(res.get('startTime')); en=p(res.get('endTime'))
    h,m,s=res.get('duration').split(':'); d=int(h)*3600+int(m)*60+float(s)
    e=cls[c]; e[0]=st if e[0] is None or st<e[0] else e[0]; e[1]=en if e[1] is None or en>e[1] else e[1]; e[2]+=d; e[3]+=1
    outc[res.get('outcome')]+=1
t0=min(e[0] for e in cls.values()); t1=max(e[1] for e in cls.values())
print('outcomes',dict(outc),'wall of tests %.0f s'%(t1-t0).total_seconds(),'sum %.0f s'%sum(e[2] for e in cls.values()))
print('slowest classes (span = first start to last end, s from the first test):')
for c,e in sorted(cls.items(),key=lambda kv:-(kv[1][1]-kv[1][0]).total_seconds())[:int(sys.argv[2]) if len(sys.argv)>2 else 25]:
    print('%7.1f s span %7.1f s sum %4d tests  %6.0f→%6.0f  %s'%((e[1]-e[0]).total_seconds(),e[2],e[3],(e[0]-t0).total_seconds(),(e[1]-t0).total_seconds(),c))
# last classes to end
print('last to end:')
for c,e in sorted(cls.items(),key=lambda kv:kv[1][1])[-6:]:
    print('  ends %6.0f s, started %6.0f s  %s'%((e[1]-t0).total_seconds(),(e[0]-t0).total_seconds(),c))
