#!/usr/bin/env python3
"""typo-check.py ALLQ MISSES — how many misses a typo or a run-together word could explain. ALLQ: every question of the
tuning sets, one a line; MISSES: the missed rows (id <tab> question …). Prints (1) tokens of 7+ letters that split into two
words the authors use 5+ times ("kebijakaninternal"), (2) per miss, its tokens of 4+ letters used at most once overall."""
import re, sys, collections
words = collections.Counter(w for l in open(sys.argv[1]) for w in re.findall(r'[a-z]+', l.lower()))
common = {w for w, c in words.items() if c >= 5 and len(w) >= 3}
rows = [l.split('\t') for l in list(open(sys.argv[2]))[1:]]
print('run-together candidates:')
for f in rows:
    for w in re.findall(r'[a-z]+', f[1].lower()):
        if w in common or len(w) < 7: continue
        for i in range(3, len(w) - 2):
            if w[:i] in common and w[i:] in common: print(' ', f[0], w, '=', w[:i], '+', w[i:]); break
print('rare tokens per miss:')
for f in rows:
    rare = [w for w in re.findall(r'[a-z]+', f[1].lower()) if words[w] <= 1 and len(w) >= 4]
    if rare: print(' ', f[0], rare)
