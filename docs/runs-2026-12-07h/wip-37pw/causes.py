# Refusals and criteria routes of answerable questions with the right passage first, by gate/route cause, kind, author.
import sys, os, re, collections, glob
D='/work/wip-37pw/tests/SpbeBot.Tests/Data'
dirs=['dev-2026-12','holdout-2026-12']+['holdout-2026-12'+c for c in 'bcdefghijklmnopqrstuvwxyz']+['holdout-2026-13'+c for c in 'abcd']
Q={}
def load(f):
    for l in open(f,encoding='utf-8'):
        p=l.rstrip('\n').split('\t')
        if len(p)>1 and p[0]!='id': Q.setdefault(p[0],p[1])
for d in dirs:
    if os.path.exists(f'{D}/{d}/FROZEN'): continue
    for f in sorted(glob.glob(f'{D}/{d}/*process*.tsv')): load(f)
load(f'{D}/holdout-2026-13e/bg-process-holdout.tsv')   # BG only; BH never read
def kind(q):
    t=' '+re.sub(r'[^\w ]',' ',q.lower())+' '
    if re.search(r' (siapa|who|sapa|sapo|sae) ',t): return 'who'
    if re.search(r' (kapan|when|tanggal|jadwal|berapa lama|tenggat|deadline|batas waktu) ',t): return 'when'
    if re.search(r' (pengertian|definisi|arti|artinya|maksud|maksudnya|what is|what are|apa itu|itu apa|singkatan|meaning) ',t): return 'definition'
    if re.search(r' (dokumen|bukti|file|berkas|format|template|templat|evidence|document|laporan) ',t): return 'document'
    if re.search(r' (bagaimana|gimana|gmn|cara|caranya|how|langkah|tahap|tahapan|proses) ',t): return 'how'
    if re.search(r' (berapa|how many|how much|jumlah) ',t): return 'how many'
    if re.search(r' (apa|apakah|what|which|mana|boleh|bisa|can|is|are|does|do) ',t): return 'what / yes-no'
    return 'other'
def author(i):
    m=re.match(r'([A-Za-z]+)',i); return m.group(1).lower() if m else '?'
gates={}
for l in open(sys.argv[1]):
    r=l.rstrip('\n').split('\t'); gates.setdefault(r[0],r)
R=[l.rstrip('\n').split('\t') for l in open(sys.argv[2])]
m=[r for r in R if r[3]=='1' and r[1] in('criteria','criteria-nf','not-found')]
print('answerable, right passage first in retrieval, not answered right:',len(m))
c=collections.Counter(); au=collections.defaultdict(set); ki=collections.defaultdict(collections.Counter)
for r in m:
    g=gates.get(r[0]); gate=g[3] if g else '?'
    key=f'{r[1]:11s} {gate}'
    c[key]+=1; au[key].add(author(r[0])); ki[key][kind(Q.get(r[0],''))]+=1
print(f'{"outcome gate":30s} n authors  kinds')
for k,v in c.most_common(): print(f'{k:30s} {v:4d} {len(au[k]):3d}  {dict(ki[k].most_common())}')
allk=collections.Counter(kind(Q.get(r[0],'')) for r in m); print('kinds overall',dict(allk.most_common()))
