import json,glob,re,collections,sys
ps={p['id']:p for p in json.load(open('src/SpbeBot.Core/Regulations/Passages/passages.json'))['passages']}
qs={}
import os
for d in sorted(os.listdir('/tmp/36pr-data')):
    for f in glob.glob(f'/tmp/36pr-data/{d}/*process*.tsv'):
        if os.path.basename(f).startswith('bf-'): continue
        for line in open(f).read().split('\n')[1:]:
            c=line.split('\t')
            if len(c)>=4: qs.setdefault(c[0],(c[1],c[3]))
tok=lambda s: set(re.findall(r'\w+',s.lower()))
stop=tok('yang dan di ke dari untuk dengan pada dalam atau ini itu apa apakah ada sih ya gak kah the a of to is in and for on what how do does we our kita kami saya')
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.count('\t')==9]
c=collections.Counter();ex=collections.defaultdict(list)
for r in rows:
    rank=int(r[3])
    if rank in (1,-1) or r[2]=='Criteria' or r[7]=='1' or r[8]=='1' or int(r[6])>0: continue
    q,quote=qs.get(r[0],('',''))
    top=ps.get(r[4]); right=ps.get(r[5])
    qt=tok(quote)-stop
    share=len(qt & tok(top['text']))/max(1,len(qt))
    qw=tok(q)-stop
    hr=qw & tok(' '.join(right['headings'])) - tok(right['text'])
    if share>=0.8: k='the first passage states the same words (another text or place)'
    elif hr: k='a heading of the right passage holds question words its text lacks'
    elif top['source']!=right['source']: k='the other regulation first'
    else: k='same regulation, another section first'
    c[k]+=1; ex[k].append((r[0],q[:90],r[4],r[5]))
for k,v in c.most_common(): print(v,k)
if len(sys.argv)>2:
    for k in ex: 
        print('##',k)
        for e in ex[k][:int(sys.argv[2])]: print('  ',*e)
