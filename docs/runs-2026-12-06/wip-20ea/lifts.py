"""Lifts in a probe run: documents ABOVE their expected level, with the template and the found element whose quote is
the added sentence. Usage: lifts.py TAG"""
import csv, glob, re, sys, collections
tag = sys.argv[1]
out = '/work/20ea/docs/runs-2026-12-06/wip-20ea'
by_mode, by_elem, total, n = collections.Counter(), collections.Counter(), 0, 0
for s in open('/work/20ea/docs/runs-2026-12-06/wip-20ea/sets.txt').read().split():
    rows = {r['file'].removesuffix('.txt'): r for r in csv.DictReader(open(f'/tmp/20ea/probe-mixed/{s}/expected.tsv'), delimiter='\t')}
    n += len(rows)
    text = open(f'{out}/probe-probe-mixed-{tag}-{s}.txt').read()
    for block in re.split(r'\n(?=MISS |ok   )', text):
        if not block.startswith('MISS') or 'ABOVE' not in block.split('\n')[0]: continue
        f = block.split()[1].removesuffix('.txt'); r = rows[f]; total += 1
        by_mode[r['note']] += 1
        elems = [m.group(1) for m in re.finditer(r'found: (.+?) «([^»]*)»', block) if re.search(r'2027|Sampai saat ini|Diusulkan agar|tahun berikutnya', m.group(2))]
        for e in set(elems): by_elem[e] += 1
        print(f'{s} {f} ind {r["indicator"]} exp {r["expected_level"]} [{r["note"]}] :: {"; ".join(sorted(set(elems)))[:150]}')
print('probe documents', n, 'lifted', total, dict(by_mode))
for e, c in by_elem.most_common(): print(f'  {c:3} {e}')
