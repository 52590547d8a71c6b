import csv, sys, math, collections
rows = list(csv.DictReader(open(sys.argv[1] if len(sys.argv)>1 else __import__("os").path.join(__import__("os").path.dirname(__file__), "features-before.tsv")), delimiter='\t'))
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
authors=sorted(set(r["set"] for r in q))
feats = {"second":1,"cov":-1,"own":-1,"rank":-1,"score":-1,"asked":-1,"askedShare":1,"unknown":1,"unknownShare":1,"uncoveredKnown":1,"nearScore":-1,"nearTopShare5":-1,"notNearTop":1,"notNear0Top":1,"notNearestAnsTop":1,"nearAnswerable":-1,"refusedRatio":1,"refusedRatio2":1,"nearAnyRefused":1,"wantMiss":1,"plainNotTop":1,"terms":1,"passageLength":1}
