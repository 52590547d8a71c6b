# causes.py FIRST_BLIND_TSV VERDICTS — the first blind scores' rows placed above the label or two off (first-blind.py),
# grouped by a heuristic cause (keywords of the question; first matching cause wins), with how many are still not right
# in VERDICTS (ids may repeat across sets: approximate).
import re,sys,collections
verd={}
for l in open(sys.argv[2]):
    k,v=l.rstrip('\n').split('\t'); verd.setdefault(k.split(':',1)[1],[]).append(v)
C=collections.Counter(); still=collections.Counter(); authors=collections.defaultdict(set)
nums={'satu':1,'dua':2,'tiga':3,'empat':4,'lima':5,'duo':2,'tigo':3}
for l in open(sys.argv[1],encoding='utf-8'):
    id_,p,ind,lv,q=l.rstrip('\n').split('\t')
    ei,gi=ind.split('->'); el,gl=map(int,lv.split('->')); ql=q.lower()
    a=id_.split('-')[0] if '-' in id_ else p.split('/')[-1].split('-')[0]
    claimed=[int(x) if x.isdigit() else nums[x] for x in re.findall(r'(?:level|lvl|tingkat|lv)\s*(\d|satu|dua|tiga|empat|lima|duo|tigo)\b',ql)]
    if ei!=gi: c='sentence about another indicator'
    elif gl in claimed: c='level claimed by the asker'
    elif re.search(r'(level|lvl|tingkat)\s+(kolaborasi|transaksi|interaksi|informasi)',ql): c='ladder name read as level'
    elif re.search(r'20(1\d|2[0-4])',ql) and re.search(r'reviu|review|evaluasi|audit|direviu|diaudit|evaluated|reviewed|audited',ql): c='date (review age)'
    elif re.search(r'rencana|direncanakan|akan |planned|plan to|will |sebagian|partial|baru |masih|some |only |hanya|cuma|draft|draf|rancangan|konsep|belum (semua|seluruh|lengkap|rutin|final)',ql): c='planned/partial read as done'
    elif re.search(r'belum|blm|tidak|tdk|gak|nggak|ga |enggak|dak |idak|not |no |never|nothing|tanpa|without|tak ',ql): c='a denial (lower requirement missing) not read'
    else: c='other'
    C[c]+=1; authors[c].add(a)
    if any(s!='right' for s in verd.get(id_,[])): still[c]+=1
for c,n in C.most_common(): print(f"{c}\t{n}\tauthors {len(authors[c])}\tstill not right {still[c]}")
print('total',sum(C.values()))
