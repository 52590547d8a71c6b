#!/usr/bin/env python3
"""sum-side.py DIR — totals of side.sh's routing and chat outputs (process: quoted right, wrong quote, not-in-texts refused
and quoted; indicator: criteria side and right, wrong side; chat: recognised)."""
import re, sys
d = sys.argv[1]
for name in ['routing.txt', 'routing-aj.txt', 'chat.txt', 'chat-aj.txt']:
    p = q = pn = wq = nr = nq = nn = ir = iw = inn = cr = cn = 0
    for l in open(f'{d}/{name}'):
        m = re.search(r'\(process set, (\d+) answerable \+ (\d+) not in texts\): quoted right (\d+)/.*wrong quote (\d+)\. Not in texts: refused (\d+), criteria answer \d+, quoted (\d+)', l)
        if m: pn += int(m.group(1)); nn += int(m.group(2)); p += int(m.group(3)); wq += int(m.group(4)); nr += int(m.group(5)); nq += int(m.group(6))
        m = re.search(r'\(indicator set, (\d+)\): criteria side and right (\d+)/\d+ .*wrong side \(passages answered\) (\d+)', l)
        if m: inn += int(m.group(1)); ir += int(m.group(2)); iw += int(m.group(3))
        m = re.search(r': (\d+)/(\d+) recognised as labelled', l)
        if m: cr += int(m.group(1)); cn += int(m.group(2))
        m = re.search(r'taken as own data or small talk: (\d+)/', l)
        if m: taken = m.group(1)
    print(f'{name}: process quoted right {p}/{pn}, wrong quote {wq}, not-in-texts refused {nr}/{nn} quoted {nq}; '
          f'indicator criteria side and right {ir}/{inn}, wrong side {iw}; chat {cr}/{cn}')
