"""Wrong-indicator misses (an indicator answered, not the expected one) of every author's first blind indicator score
(first-blind-files.txt: wip-36ib's 58 files plus BF's and BG's), grouped by what the asker named (issue 15 points 6-7,
wip-37ib). Run from this folder; with a file argument (a tuning.txt), its miss lines instead. Subject rule, in order: 'a second indicator' (two indicators named: difference kind, or
'atau/or/vs' with a which-indicator phrase) / 'a number read as the indicator' (the given indicator's number stands in
the question, not after an indicator word) / 'sector slot 45-47' (expected and given both 45-47) / 'Kebijakan twin' (1-10
and its implementation twin) / 'an application or service named' (a capitalised name of 3+ letters not at the start, or
'aplikasi/app/sistem/layanan' + a name) / 'English' (more English than Indonesian common words) / 'other'."""
import re,collections
EN=set("the a an is are what which does do our we for of to and how level".split()); ID=set("yang dan di ke itu apa ya kita kami yg sudah udh buat untuk level berapa brp ini".split())
twins={(1,11),(2,12),(3,23),(4,15),(5,16),(6,17),(7,18),(8,22),(9,29),(9,30),(9,31),(10,19)}
which=re.compile(r'\b(indikator|indicator|ind)\s+(yg |yang |no\.? |nomor )?(mana|manakah|apa|brp|berapa)\b|\b(which|what) (indicator)\b|\b(masuk|termasuk|msk)\s+(ke\s+)?(yg\s+|yang\s+)?(mana|manakah)\b',re.I)
app=re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][A-Za-z]*[A-Z][A-Za-z-]*\b|'[A-Z][a-z]+'|\b(aplikasi|app|sistem|portal)\s+[A-Za-z-]+",re.M)
miss=re.compile(r'^\s*- (\S+): "(.*)" expected ind (\d+) lvl (\S*) \((\S+)\); got (\S+) ind (\S+) lvl')
import sys
files=[l.split() for l in open('first-blind-files.txt')] if len(sys.argv)<2 else [('-',sys.argv[1])]
rows=[]
for a,f in files:
    for m in open(f if a=='-' else '../../'+f):
        x=miss.match(m)
        if not x: continue
        i,q,ei,el,kind,gk,gi=x.groups()
        if not gi.isdigit() or gi==ei: continue
        rows.append((a,i,q,int(ei),int(gi),kind))
def subject(a,i,q,ei,gi,kind):
    if kind=='difference' or re.search(r'\b(atau|or|vs)\b',q) and which.search(q): return 'a second indicator named'
    if re.search(r'(?<![\d.,/])%d(?![\d/])'%gi,q) and not re.search(r'\b(indikator|indicator|ind|no|nomor)\.?\s*%d\b'%gi,q,re.I): return 'a number in the question (a count, a list item, a year part) read as the indicator'
    if ei in(45,46,47) and gi in(45,46,47): return 'sector slot 45-47'
    if (min(ei,gi),max(ei,gi)) in twins: return 'Kebijakan Internal twin'
    w=re.findall(r"[a-z]+",q.lower())
    if sum(t in EN for t in w)>sum(t in ID for t in w)+1: return 'English'
    if app.search(q[3:]): return 'an application, service or short form named'
    return 'other (the subject in the indicator\'s own words or a regional word)'
g=collections.defaultdict(list)
for r in rows: g[subject(*r)].append(r)
print(f"{len(rows)} wrong-indicator misses in {len(files)} score files")
for k in sorted(g,key=lambda k:-len(g[k])):
    pairs=collections.Counter((r[3],r[4]) for r in g[k])
    print(f"\n== {k}: {len(g[k])} rows, {len(set(r[0] for r in g[k]))} authors; situations {sum(r[5]=='situation' for r in g[k])}")
    print("   expected->given (top): "+", ".join(f"{a}->{b} x{n}" for (a,b),n in pairs.most_common(12)))
    for r in g[k]: print(f"   {r[1]} [{r[5]}] {r[3]}->{r[4]}: {r[2][:170]}")
