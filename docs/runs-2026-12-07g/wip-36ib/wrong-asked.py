import re,sys
rx=re.compile(r'^  - (\S+): ".*" expected ind (\d*) lvl (\S*) \((\S+)\); got (\S+) ind (\S+) lvl (\S+)')
w=a=lv=0;ws=0
for l in open(sys.argv[1]):
    m=rx.match(l)
    if not m: continue
    id,ei,el,kind,gk,gi,gl=m.groups()
    if gk in('Ambiguous','NotFound','LevelLadder') or gi=='-': a+=1
    elif gi!=ei: w+=1; ws+= kind=='situation'
    else: lv+=1
print(f"misses {w+a+lv}: wrong indicator answered {w} (of them situations {ws}), asked or none {a}, right indicator wrong level {lv}")
