"""Probe sets: each tuning document with one sentence added that names the next level's elements in a sentence that
does not meet them (a plan, a denial, a proposal). A verdict above the document's expected level after the sentence
is a level lifted by a mention. Usage: probe.py MODE OUTDIR  (MODE: akan | belum | rencana | usul)"""
import csv, json, os, re, sys
mode, out = sys.argv[1], sys.argv[2]
modes = ['akan', 'belum', 'rencana', 'usul'] if mode == 'mixed' else [mode]
n = 0
bench = '/work/20ea/bench'
sets = open('/work/20ea/docs/runs-2026-12-06/wip-20ea/sets.txt').read().split()
elements = {i['indicator']: i for i in json.load(open('/work/20ea/src/SpbeBot.Core/Criteria/Elements/spbe-2024.json'))['indicators']}
PHRASE = {'review': 'reviu dan evaluasi berkala dengan isu dan rekomendasi', 'improvement': 'perbaikan dan pemutakhiran sebagai tindak lanjut hasil reviu',
          'followup': 'kebijakan baru sebagai tindak lanjut hasil reviu', 'scope-all': 'penerapan ke seluruh perangkat daerah',
          'integration': 'integrasi dengan Instansi Pusat dan Pemerintah Daerah lain'}
def words(level):
    xs = []
    for g in level['groups']:
        es = g['elements'] if g['mode'] == 'all' else g['elements'][:1]
        for e in es:
            k = e['kind']
            if k in ('enacted', 'available', 'concept', 'practice'): continue
            w = PHRASE.get(k) or (e['label'] if k == 'item' or not e['terms'] else e['terms'][0])
            if w not in xs: xs.append(w)
    return ', '.join(xs)
TEMPLATES = {
    'akan': 'Ke depan, {x} akan dilaksanakan pada tahun 2027.',
    'belum': 'Sampai saat ini {x} belum dilaksanakan.',
    'rencana': 'Rencana tindak lanjut tahun 2027: {x}.',
    'usul': 'Diusulkan agar {x} dilakukan pada tahun berikutnya.',
}
CLOSING = re.compile(r'^\s*[A-Z][A-Za-z .\-]+,\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*$')
for s in sets:
    rows = list(csv.DictReader(open(f'{bench}/{s}/expected.tsv'), delimiter='\t'))
    os.makedirs(f'{out}/{s}/docs', exist_ok=True)
    kept = []
    for r in rows:
        try: exp = int(r['expected_level'])
        except: continue
        ind = elements.get(int(r['indicator']))
        if ind is None or exp >= 5 or r['flags'].strip() and any(f in r['flags'] for f in ('off-topic', 'other-instansi')): continue
        nxt = [l for l in ind['levels'] if l['level'] == exp + 1]
        if not nxt or not (x := words(nxt[0])): continue
        fn = r['file'] if os.path.exists(f'{bench}/{s}/docs/{r["file"]}') else r['file'] + '.txt'
        lines = open(f'{bench}/{s}/docs/{fn}').read().split('\n')
        sentence = '   ' + TEMPLATES[modes[n % len(modes)]].format(x=x); n += 1
        at = next((i for i in range(len(lines) - 1, -1, -1) if CLOSING.match(lines[i])), None)
        if at is None: at = next((i for i in range(len(lines) - 1, -1, -1) if re.match(r'^\s*(ttd|TTD|Ttd)', lines[i])), len(lines))
        lines[at:at] = [sentence, '']
        open(f'{out}/{s}/docs/{fn}', 'w').write('\n'.join(lines))
        r = dict(r); r['scan'] = 'no'; r['note'] = modes[(n - 1) % len(modes)]; kept.append(r)
    with open(f'{out}/{s}/expected.tsv', 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=rows[0].keys(), delimiter='\t', lineterminator='\n'); w.writeheader(); w.writerows(kept)
    print(s, len(kept))
