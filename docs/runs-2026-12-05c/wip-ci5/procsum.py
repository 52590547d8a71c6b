import sys, collections
seen={}
for f in sys.argv[1:]:
    for line in open(f):
        p=line.rstrip('\n').split('\t')
        if len(p)<4: continue
        k=(p[0],p[1]); cpu=float(p[2])
        if k not in seen or seen[k][0]<cpu: seen[k]=(cpu,p[3])
by=collections.defaultdict(lambda:[0,0.0]); kinds=collections.defaultdict(lambda:[0,0.0])
for cpu,cmd in seen.values():
    w=cmd.split()
    if 'spbebot.dll' in cmd:
        i=[j for j,x in enumerate(w) if x.endswith('spbebot.dll')][0]
        key='spbebot '+' '.join(x for x in w[i+1:i+3] if not x.startswith('/'))[:40]; kind='spbebot processes'
    elif 'testhost' in cmd or 'SpbeBot.Tests.runtimeconfig' in cmd: key=kind='test host'
    elif 'vstest.console' in cmd: key=kind='vstest.console'
    else: key=kind='other: '+w[0].split('/')[-1]
    by[key][0]+=1; by[key][1]+=cpu; kinds[kind][0]+=1; kinds[kind][1]+=cpu
print('sampled every 0.3 s (a process\'s last sample; short ones under-counted)')
for k,(n,c) in sorted(kinds.items(),key=lambda kv:-kv[1][1]): print(f'{c:7.1f} CPU s {n:4d} processes  {k}')
print('spbebot commands:')
for k,(n,c) in sorted(by.items(),key=lambda kv:-kv[1][1]):
    if k.startswith('spbebot'): print(f'{c:7.1f} {n:4d}  {k}')
