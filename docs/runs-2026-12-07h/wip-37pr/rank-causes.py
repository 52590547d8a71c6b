import collections,sys
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.count('\t')==9]
print("answerable questions (tuning folds):",len(rows))
def band(rank): return 'first' if rank==1 else '2-3' if rank in (2,3) else '4-40' if rank>3 else 'not in first 40' if rank==0 else 'no passage holds the quote'
c=collections.Counter(band(int(r[3])) for r in rows)
for k in ['first','2-3','4-40','not in first 40','no passage holds the quote']: print(f"  {k}: {c[k]} ({100*c[k]/len(rows):.1f} %)")
def cause(r):
    rank=int(r[3])
    if r[2]=='Criteria': return 'routed to the criteria'
    if rank==-1: return 'quote in no passage (cut across passages / not verbatim)'
    if r[7]=='1': return 'a chunk of the same section first (answer in its neighbour)'
    if r[8]=='1': return 'a general rule inside the indicator tables'
    if int(r[6])>0: return 'a word of the asker no text uses'
    return 'words known, another passage first'
print("\nnot first, by cause (band x cause), outcome counts")
t=collections.defaultdict(collections.Counter)
for r in rows:
    rank=int(r[3])
    if rank==1: continue
    t[cause(r)][band(rank)]+=1
for k,v in sorted(t.items(), key=lambda x:-sum(x[1].values())): print(f"  {k}: {sum(v.values())} — "+", ".join(f"{b} {n}" for b,n in sorted(v.items())))
print("\noutcome by band")
o=collections.Counter((band(int(r[3])),r[1]) for r in rows)
for k,v in sorted(o.items()): print(" ",k,v)
