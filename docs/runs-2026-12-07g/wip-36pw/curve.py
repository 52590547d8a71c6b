import sys
exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "load.py")).read())
for f in sys.argv[2].split(','):
    d=feats[f]
    items=sorted(((d*r[f],r) for r in q), key=lambda x:-x[0])
    print("==",f)
    b=n=g=0; last=None
    marks=set([5,10,20,30,40,60,80,100,150,200,300,500])
    for i,(v,r) in enumerate(items):
        if r["outcome"]=="WRONG": b+=1
        elif r["outcome"]=="NOTIN-QUOTED": n+=1
        else: g+=1
        if g in marks and (i+1==len(items) or items[i+1][0]<v):
            print(f"  {f} {'>' if d>0 else '<'} {d*v:.3f}: wrong {b}, notin {n}, right lost {g}"); marks.discard(g)
