"""Coarse causes of indicator-question misses that are not described situations (kind != situation).
Rule: indicator right -> level (a level given where none is asked / none read / read above / below, and whether a short form
in capitals or an application name is in the question); else asked (Ambiguous), none found, a Kebijakan Internal twin
(expected or read in 1-10 and the other above), the sector slot (45-47 both), two indicators named (difference kind),
another close one. [English]: more English than Indonesian common words."""
import re, sys, collections
EN = set("the a an is are what which does do our we for of to and how level".split())
ID = set("yang dan di ke itu apa ya kita kami yg sudah udh buat untuk level berapa brp ini".split())
rx = re.compile(r'^  miss (\S+) (\S+): "(.*)" expected ind (\d+) lvl (\d*) \((\w[\w-]*)\); got (\w+) ind (\S+) lvl (\S*)(?: cand (\S+))?')
groups = collections.defaultdict(list)
for line in open(sys.argv[1]):
    m = rx.match(line)
    if not m: continue
    author, rid, q, ei, el, kind, gk, gi, gl, cand = m.groups()
    if kind == 'situation': continue
    w = re.findall(r"[a-z]+", q.lower())
    en = sum(t in EN for t in w) > sum(t in ID for t in w) + 1
    ei = int(ei)
    if gi == str(ei):
        if el == '': c = 'level: a level given where none is asked'
        elif gl in ('-', ''): c = 'level: none read'
        else:
            g = int(gl.split(',')[0]); c = 'level: read above' if g > int(el) else 'level: read below'
            if ',' in gl: c = 'level: two levels read (compare)'
        if set(re.findall(r"\b[A-Z]{3,}\b", q)) - {"SPBE","OPD","TIK","SKPD","ASN","RSUD","API","PNS","ICT","BUMD","DPRD","PPK"} and c.startswith('level'): c += ' (a short form named)'
    elif gk == 'Ambiguous': c = 'indicator: asked between ' + (cand or '')
    elif gi == '-': c = 'indicator: none found'
    elif kind == 'difference' or (gk == 'About' and re.search(r"\b(vs|atau|or|sama)\b", q) and re.search(r"\d", q)): c = 'indicator: two indicators named, the other one answered'
    elif (ei <= 10) != (int(gi) <= 10) : c = 'indicator: a Kebijakan Internal twin (policy vs implementation)'
    elif 45 <= ei <= 47 and 45 <= int(gi) <= 47: c = 'indicator: the sector slot (45-47)'
    else: c = 'indicator: another close indicator'
    groups[c + (' [English]' if en else '')].append(rid)
for c, ids in sorted(groups.items(), key=lambda x: -len(x[1])):
    print(f"{len(ids):4} {c}: {' '.join(ids)}")
print(sum(len(v) for v in groups.values()), 'misses not of a described situation')
