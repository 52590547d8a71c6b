import re,collections,sys
exec(open('/tmp/37pw-an/causes.py').read().split("def kind")[0])
def au(i):
    m=re.match(r'([A-Za-z]+)',i); return m.group(1).lower()
gates={}
for l in open(sys.argv[1]):
    r=l.rstrip('\n').split('\t'); gates.setdefault(r[0],r)
R=[l.rstrip('\n').split('\t') for l in open(sys.argv[2])]
m=[r for r in R if r[3]=='1' and r[1] in('criteria','criteria-nf','not-found') and gates.get(r[0],['']*4)[3]=='route-criteria']
c=collections.Counter(); A=collections.defaultdict(set)
for r in m:
    q=' '+Q.get(r[0],'').lower()+' '
    if re.search(r'\d',q) or re.search(r'\b(level|tingkat|lv|lvl)\b',q) and re.search(r'\b(satu|dua|tiga|empat|lima|one|two|three|four|five|i|ii|iii|iv|v)\b',q): k='a number: indicator or level named'
    elif re.search(r'\b(kami|kita|we|our|kamek|awak|kito|kamu)\b',q): k='own situation words (kami/kita/we)'
    elif re.search(r'\b(indeks|index|predikat|nilai|skor|score|bobot)\b',q): k='index / predikat / value words'
    else: k='no number, no own words (kind or not asked of the best passage)'
    c[k]+=1; A[k].add(au(r[0]))
for k,v in c.most_common(): print(f'{v:4d} {len(A[k]):3d} authors  {k}')
