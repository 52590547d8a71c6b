#!/usr/bin/env python3
"""changed.py BEFORE_DIR AFTER_DIR — the situation rows whose verdict changed between two score.sh runs, with the
row's text and expected level (tuning sets only; read from indicator-training-sets.txt from the worktree root)."""
import csv, sys, os
root = os.getcwd()
def load(p):
    return {l.split('\t')[0]: l.rstrip('\n').split('\t')[1] for l in open(p)}
b, a = load(sys.argv[1] + '/verdicts.txt'), load(sys.argv[2] + '/verdicts.txt')
texts = {}
for line in open('bench/SpbeBot.Bench/indicator-training-sets.txt'):
    f = line.rstrip('\n').split('\t')
    if line.startswith('#') or len(f) != 2 or f[0] == 'always' or f[0].startswith('validation'): continue
    name = os.path.basename(f[1])
    for row in open(f[1]):
        c = row.rstrip('\n').split('\t')
        if len(c) >= 2: texts[name + ':' + c[0]] = c
rank = {'right': 0, 'one': 1, 'two': 2}
for k in b:
    if b[k] != a.get(k):
        c = texts.get(k, [k, '?'])
        print(f"{b[k]} -> {a.get(k)}\t{k}\t{' '.join(c[2:5]) if len(c) > 4 else ''}\t{c[1][:330]}")
