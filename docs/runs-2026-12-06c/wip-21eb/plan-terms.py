# Which of Audit's level-2 plan terms (the elements' words) each audit document (indicators 29-31) of expected level >= 2 names.
import csv, re, os
sets = open('/tmp/21eb/sets.txt').read().split()
terms = ["perencanaan", "sesuai rencana", "berdasarkan rencana", "rencana kerja", "rencana kegiatan", "rencana aksi", "jadwal pelaksanaan", "peta rencana", "terencana",
         "sesuai program", "program kegiatan", "renja", "rencana audit", "program audit", "jadwal audit", "rencana pemeriksaan", "program pemeriksaan", "pkpt", "program kerja pengawasan"]
os.chdir('/work/21eb/bench')
for s in sets:
    for r in csv.DictReader(open(f'{s}/expected.tsv'), delimiter='\t'):
        if r['indicator'] in ('29', '30', '31') and r['expected_level'] not in ('', '-') and int(r['expected_level']) >= 2:
            f = f'{s}/docs/{r["file"]}'; f = f if os.path.exists(f) else f + '.txt'
            t = re.sub(r'\s+', ' ', open(f).read().lower())
            print(s, r['file'], r['indicator'], r['expected_level'], [x for x in terms if x in t][:4])
