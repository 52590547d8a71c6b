"""Causes of every author's first-blind indicator misses (issue 15 point 7, wip-36ib). Input: the miss lines of each
author's first blind score file (first.txt names them). Cause rule, in order:
situation rows: 'S: level' (indicator right) / 'S: asked or none' / 'S: wrong, Kebijakan twin' (1-10 vs its twin) /
'S: wrong, sector slot 45-47' / 'S: wrong, two services 32-47' / 'S: wrong, other'. Other rows: 'which indicator asked, a
level placed' (asks 'indikator mana/apa/brp', 'which indicator', 'masuk mana', none expected, one given) / 'level aimed at
("untuk mencapai/to reach level N") answered as a claim' / 'two indicators named, the other answered' (difference kind or
a choice in words) / 'asked or none found' / 'wrong indicator, other' / 'level: none read / below / above / given where
none asked'. [EN]: more English than Indonesian common words."""
import re,pickle,collections,sys
rows=pickle.load(open('rows.pkl','rb'))
EN=set("the a an is are what which does do our we for of to and how level".split()); ID=set("yang dan di ke itu apa ya kita kami yg sudah udh buat untuk level berapa brp ini".split())
twins={(1,11),(2,12),(3,23),(4,15),(5,16),(6,17),(7,18),(8,22),(9,29),(9,30),(9,31),(10,19)}
which=re.compile(r'\b(indikator|indicator|ind)\s+(yg |yang |no\.? |nomor )?(mana|manakah|apa|brp|berapa)\b|\b(which|what) (indicator)\b|\b(masuk|termasuk|msk)\s+(ke\s+)?(yg\s+|yang\s+)?(mana|manakah)\b',re.I)
aim=re.compile(r'\b(untuk|utk|to|guna)\s+(mencapai|capai|reach|achieve|naik|get)\s+(ke\s+|to\s+)?(level|lvl|tingkat|lv)\b',re.I)
def cause(r):
    q=r['q']; ei=int(r['ei']); gi=int(r['gi']) if r['gi'].isdigit() else None
    if r['kind']=='situation':
        if r['cls']=='asked/none': return 'S: asked or none'
        if r['cls']!='wrong-ind': return 'S: level'
        if (min(ei,gi),max(ei,gi)) in twins: return 'S: wrong, Kebijakan twin'
        if ei in (45,46,47) and gi in (45,46,47): return 'S: wrong, sector slot 45-47'
        if 32<=ei<=47 and 32<=gi<=47: return 'S: wrong, two services 32-47'
        return 'S: wrong, other'
    if r['cls']=='level-given-none-asked' and which.search(q): return 'which indicator asked, a level placed'
    if r['cls'] in('level-below','level-above') and r['gk']=='Situation' and aim.search(q): return 'level aimed at, placed as a claim'
    if r['cls']=='wrong-ind' and (r['kind']=='difference' or re.search(r'\b(atau|or|vs)\b',q) and which.search(q)): return 'two indicators named, the other answered'
    if r['cls']=='asked/none': return 'asked or none found'
    if r['cls']=='wrong-ind':
        if gi and (min(ei,gi),max(ei,gi)) in twins: return 'wrong, Kebijakan twin'
        return 'wrong indicator, other'
    return {'level-not-read':'level: none read','level-below':'level: read below','level-above':'level: read above','level-given-none-asked':'level: given where none asked','level-multi':'level: two levels'}[r['cls']]
tot={}
for l in open('first.txt'):
    a,f=l.split(); s=open('/work/wip-36ib/docs/'+f).read()
    m=re.search(r'indicator\+level ([\d.]+) % \((\d+)/(\d+)\)',s); tot[a]=(float(m.group(1)),int(m.group(3)))
c=collections.defaultdict(collections.Counter); ids=collections.defaultdict(list)
for r in rows:
    w=re.findall(r"[a-z]+",r['q'].lower()); en=sum(t in EN for t in w)>sum(t in ID for t in w)+1
    k=cause(r); c[r['a']][k]+=1; ids[k].append(r['id']+('[EN]' if en else ''))
recent=[a for a in tot if list(tot).index(a)>=list(tot).index('U')]
low=[a for a in recent if tot[a][0]<90]; high=[a for a in recent if tot[a][0]>=92.5]
print(f"First blind scores, {len(tot)} authors, {sum(sum(x.values()) for x in c.values())} misses.")
print(f"Low authors (U onward, first blind < 90 %): {' '.join(low)}; high (>= 92.5 %): {' '.join(high)}")
print("cause | all authors | authors with it | low: % of rows (authors) | high: % of rows (authors)")
for k in sorted(ids,key=lambda k:-len(ids[k])):
    L=sum(c[a][k] for a in low)/sum(tot[a][1] for a in low)*100; H=sum(c[a][k] for a in high)/sum(tot[a][1] for a in high)*100
    print(f"{k:45s} | {len(ids[k]):4d} | {sum(1 for a in c if c[a][k]):2d} | {L:5.2f} ({sum(1 for a in low if c[a][k])}/{len(low)}) | {H:5.2f} ({sum(1 for a in high if c[a][k])}/{len(high)})")
print()
for k in sorted(ids,key=lambda k:-len(ids[k])):
    if k=='S: level': print(k+':',len(ids[k]),'rows (ids left out: wip-36sc area)'); continue
    print(k+':',' '.join(ids[k]))
