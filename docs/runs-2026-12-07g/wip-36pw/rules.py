import sys, collections, itertools
import sys; _a=sys.argv; sys.argv=[_a[0]]; exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "load.py")).read()); sys.argv=_a
LAMBDA=float(sys.argv[1])
FEATS=sys.argv[2].split(",")
def grid(rows,f,d):
    vs=sorted(set(d*r[f] for r in rows))
    if len(vs)<=12: return [(a+b)/2 for a,b in zip(vs,vs[1:])]
    return sorted(set(vs[int(len(vs)*k/20)] for k in range(1,20)))
def cond(r,c):
    return all(d*r[f]>t for f,d,t in c)
def gain(rows,c):
    b=sum(1 for r in rows if r["bad"] and cond(r,c)); g=sum(1 for r in rows if not r["bad"] and cond(r,c))
    return b-g/LAMBDA,b,g
def learn(train, maxrules=2):
    rules=[]
    rest=train
    for _ in range(maxrules):
        best=(0.5,None)
        singles=[]
        for f in FEATS:
            d=feats[f]
            for t in grid(rest,f,d):
                c=((f,d,t),)
                gn=gain(rest,c)[0]
                singles.append((gn,c))
                if gn>best[0]: best=(gn,c)
        # pairs: top features
        for f1,f2 in itertools.combinations(FEATS,2):
            for t1 in grid(rest,f1,feats[f1])[::2]:
                sub=[r for r in rest if feats[f1]*r[f1]>t1]
                if sum(r["bad"] for r in sub)<2: continue
                for t2 in grid(sub,f2,feats[f2])[::2]:
                    c=((f1,feats[f1],t1),(f2,feats[f2],t2))
                    gn=gain(rest,c)[0]
                    if gn>best[0]: best=(gn,c)
        if best[1] is None: break
        rules.append(best[1]); rest=[r for r in rest if not cond(r,best[1])]
    return rules
def apply(r,rules): return any(cond(r,c) for c in rules)
groups=collections.defaultdict(list)
for i,a in enumerate(authors): groups[i%int(sys.argv[3]) ].append(a)
tb=tg=0
for k,g in groups.items():
    train=[r for r in q if r["set"] not in g]; test=[r for r in q if r["set"] in g]
    rules=learn(train)
    b=sum(1 for r in test if r["bad"] and apply(r,rules)); gg=sum(1 for r in test if not r["bad"] and apply(r,rules))
    tb+=b; tg+=gg
    print(k, g, rules, "test bad", b, "right", gg, flush=True)
print("LEAVE-OUT total: bad refused", tb, "of", sum(r["bad"] for r in q), "right lost", tg)
print("all-data rules", learn(q))
