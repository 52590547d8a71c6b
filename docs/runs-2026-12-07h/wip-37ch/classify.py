#!/usr/bin/env python3
"""usage: classify.py NEIGHBOURS_OUT (from the worktree's root): the leave-one-author-out chat misses by cause and by voice
(the chat sets' note column), and the per-author counts. Reads only the sets of bench/lead/chat-sets.txt (tuning data)."""
import re, sys, collections, os
notes = {}
for f in open('bench/lead/chat-sets.txt').read().split():
    if '-chat' not in f: continue
    p = os.path.join('bench/SpbeBot.Bench', f)
    for l in open(p, encoding='utf-8'):
        c = l.rstrip('\n').split('\t')
        if len(c) >= 4 and c[0] != 'id': notes[c[0]] = c[3]
cause = collections.Counter(); voice = collections.Counter(); conf = collections.Counter()
for l in open(sys.argv[1], encoding='utf-8'):
    m = re.match(r'  - (\S+) "(.*)" expected (\S+), got (\S+) \[rules (\S+), nearest (\S+), (\d+) words\]', l.rstrip('\n'))
    if not m: continue
    id, t, e, g, r, n, wc = m.groups(); wc = int(wc)
    if g != 'none': c = 'confused'; conf[f'{e} -> {g}'] += 1
    elif wc > 12: c = 'not found: long (> 12 words, rules only)'
    elif n == '-': c = 'not found: short, no close or agreeing neighbours'
    elif n == 'none': c = 'not found: short, nearest are criteria questions'
    else: c = 'not found: short, nearest right but a guard (number, veto, level)'
    cause[c] += 1; voice[(c.split(':')[0], notes.get(id, '?'))] += 1
    print(f'{id}\t{e}\t{g}\t{c}\t{notes.get(id, "?")}')
print('\n# by cause'); [print(f'{v}\t{k}') for k, v in cause.most_common()]
print('\n# confusions'); [print(f'{v}\t{k}') for k, v in conf.most_common()]
print('\n# by voice'); [print(f'{v}\t{k[0]}\t{k[1]}') for k, v in sorted(voice.items(), key=lambda x: -x[1])]
