import re,collections,sys
exec(open('/tmp/37pw-an/causes.py').read().split("def kind")[0].replace("import sys, os, re, collections, glob","import sys, os, re, collections, glob"))
# answerable flag: need answer_quote column
A={};
def load2(f):
    for l in open(f,encoding='utf-8'):
        p=l.rstrip('\n').split('\t')
        if len(p)>3 and p[0]!='id': A.setdefault(p[0],(p[1],bool(p[3].strip())))
for d in dirs:
    if os.path.exists(f'{D}/{d}/FROZEN'): continue
    for f in sorted(glob.glob(f'{D}/{d}/*process*.tsv')): load2(f)
load2(f'{D}/holdout-2026-13e/bg-process-holdout.tsv')
def au(i):
    m=re.match(r'([A-Za-z]+)',i); return m.group(1).lower()
use=collections.defaultdict(lambda:[set(),set()])  # word -> (authors answerable, authors NIT)
for i,(q,ans) in A.items():
    for w in set(re.findall(r'\w+',q.lower())):
        use[w][0 if ans else 1].add(au(i))
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
for r in rows:
    if r[3]!='unknown': continue
    cls='A1' if r[1]=='A' and r[5]=='0' else ('Ao' if r[1]=='A' else 'N')
    ws=r[22].split() if len(r)>22 else []
    a=au(r[0])
    desc=' '.join(f'{w}:{len(use[w][0]-{a})}/{len(use[w][1]-{a})}' for w in ws)
    print(cls, r[0], r[10], desc)
