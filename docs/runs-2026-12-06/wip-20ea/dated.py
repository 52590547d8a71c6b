import csv,re,os
bench='/work/20ea/bench'
M='januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember'
pat=re.compile(r'\b(reviu|review|evaluasi)\b[^.\n]{0,80}?\b(?:(?:\d{1,2}\s+)?(?:'+M+r')\s+)((?:19|20)\d{2})\b', re.I)
for s in open('/work/20ea/docs/runs-2026-12-06/wip-20ea/sets.txt').read().split():
    for r in csv.DictReader(open(f'{bench}/{s}/expected.tsv'),delimiter='\t'):
        fn=f'{bench}/{s}/docs/{r["file"]}'
        if not os.path.exists(fn): fn+='.txt'
        t=re.sub(r'\s+',' ',open(fn).read())
        ys=[(int(m.group(2)),m.group(0)[:70]) for m in pat.finditer(t)]
        if not ys: continue
        mx=max(y for y,_ in ys)
        if mx<=2024:
            print(f'{s[17:] or "1"} {r["file"]} ind {r["indicator"]} exp {r["expected_level"]} [{r["flags"]}] :: {ys[:2]}')
