import csv, sys, math, collections
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
num = ["rank","score","asked","cov","own","second","secondSameSection","secondDup","unknown","unknownShare","uncoveredKnown","terms",
       "nearScore","near0Top","nearTopShare5","nearPassagesTop","nearAnswerable","nearRefused","nearAnyRefused","nearestAnswerableTop",
       "plainTopAt","wanted","topTraits","definition","passageLength","quotedCount"]
q = []
for r in rows:
    if r.get("top","-") in ("-", None) or r["outcome"] not in ("RIGHT","WRONG","NOTIN-QUOTED"): continue
    for k in num: r[k] = float(r[k])
    # derived
    r["askedShare"] = r["asked"]/max(1e-9, r["score"]+r["asked"])
    r["refusedRatio"] = r["nearAnyRefused"]/max(1e-9, r["nearAnswerable"])
    r["refusedRatio2"] = r["nearRefused"]/max(1e-9, r["nearAnswerable"])
    r["wantMiss"] = 1.0 if (int(r["wanted"]) & ~int(r["topTraits"])) != 0 else 0.0
    r["plainNotTop"] = 1.0 if r["plainTopAt"] != 0 else 0.0
    r["notNearTop"] = 1.0 - r["nearPassagesTop"]
    r["notNear0Top"] = 1.0 - r["near0Top"]
    r["notNearestAnsTop"] = 1.0 - r["nearestAnswerableTop"]
    r["bad"] = r["outcome"] != "RIGHT"
    q.append(r)
print("quoted", len(q), collections.Counter(r["outcome"] for r in q))
authors = sorted(set(r["set"] for r in q))
print("authors", len(authors))
# feature direction: higher = more suspicious
feats = {"second":1,"cov":-1,"own":-1,"rank":-1,"score":-1,"asked":-1,"askedShare":1,"unknown":1,"unknownShare":1,"uncoveredKnown":1,
         "nearScore":-1,"nearTopShare5":-1,"notNearTop":1,"notNear0Top":1,"notNearestAnsTop":1,"nearAnswerable":-1,"refusedRatio":1,"refusedRatio2":1,
         "nearAnyRefused":1,"wantMiss":1,"plainNotTop":1,"terms":1,"passageLength":1}
def auc(pos, neg):
    # P(pos > neg)
    allv = sorted([(v,1) for v in pos]+[(v,0) for v in neg])
    # rank-based
    import itertools
    s=0; n1=len(pos); n0=len(neg)
    ranks={}
    i=0
    vals=[v for v,_ in allv]
    r=[0]*len(allv)
    while i<len(allv):
        j=i
        while j<len(allv) and allv[j][0]==allv[i][0]: j+=1
        for k in range(i,j): r[k]=(i+j+1)/2
        i=j
    rs=sum(r[k] for k in range(len(allv)) if allv[k][1]==1)
    return (rs - n1*(n1+1)/2)/(n1*n0)
LAMBDA = float(sys.argv[2]) if len(sys.argv)>2 else 2.0   # right answers we give for one wrong quote
def best_threshold(train, f, d):
    vals = sorted(set(d*r[f] for r in train))
    # gate refuses when d*x > t ; gain = bad removed - right removed / LAMBDA
    best=(0, None)
    items = sorted(((d*r[f], r["bad"]) for r in train), reverse=True)
    bad=right=0
    for i,(v,b) in enumerate(items):
        if b: bad+=1
        else: right+=1
        nxt = items[i+1][0] if i+1<len(items) else -1e18
        if nxt < v:
            gain = bad - right/LAMBDA
            if gain > best[0]: best=(gain, (v+nxt)/2 if nxt>-1e17 else v-1)
    return best[1]
print(f"\nfeature separation: AUC(bad>right) over all quoted; leave-author-out single threshold at {LAMBDA} right per wrong")
res=[]
for f,d in feats.items():
    a = auc([d*r[f] for r in q if r["bad"]],[d*r[f] for r in q if not r["bad"]])
    bad_cut=right_cut=0
    for au in authors:
        train=[r for r in q if r["set"]!=au]; test=[r for r in q if r["set"]==au]
        t=best_threshold(train,f,d)
        if t is None: continue
        for r in test:
            if d*r[f] > t:
                if r["bad"]: bad_cut+=1
                else: right_cut+=1
    res.append((f,a,bad_cut,right_cut))
for f,a,b,rc in sorted(res,key=lambda x:-x[1]):
    print(f"  {f:20s} AUC {a:.3f}  LAO gate: bad refused {b:4d}, right lost {rc:4d}")
