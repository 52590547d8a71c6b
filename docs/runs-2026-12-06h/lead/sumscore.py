import re,sys,os
# sumscore.py DIR PREFIX... : author lines (ind+level, situations right, two off, process right, wrong quotes, chat) and evidence
d=sys.argv[1]
for p in sys.argv[2:]:
    i=open(f'{d}/{p}-indicator.score.txt').read(); pr=open(f'{d}/{p}-process.score.txt').read(); c=open(f'{d}/{p}-chat.score.txt').read()
    il=re.search(r'indicator\+level ([\d.]+) % \((\d+)/(\d+)\)',i).groups()
    s=re.search(r'Situations \((\d+)\): placed right (\d+) \(([\d.]+) %\).*?two or more levels off (\d+)',i).groups()
    a=re.search(r'answer_quote: ([\d.]+) % \((\d+)/(\d+)',pr).groups()
    n=re.search(r'not in texts, no quote given: [\d.]+ % \((\d+)/(\d+)',pr).groups()
    wr=re.search(r'wrong ranking (\d+)',pr); wr=int(wr.group(1)) if wr else 0
    wq=wr+int(n[1])-int(n[0])
    ch=re.search(r'(\d+)/(\d+) recognised as labelled \(([\d.]+) %\)',c).groups()
    print(f'{p}: ind+level {il[0]} ({il[1]}/{il[2]}) | sit {s[2]} ({s[1]}/{s[0]}) two-off {s[3]} | process {a[0]} ({a[1]}/{a[2]}) wrong {wq} (rank {wr}, nit quoted {int(n[1])-int(n[0])}) | chat {ch[2]} ({ch[0]}/{ch[1]})')
for f in sorted(os.listdir(d)):
    if f.startswith('evidence'):
        t=open(f'{d}/{f}').read(); m=re.search(r'^level exact.*$',t,re.M); print(f, m.group(0) if m else 'RUNNING')
