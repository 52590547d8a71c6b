#!/usr/bin/env python3
"""usage: per-author.py BEFORE_NEIGHBOURS AFTER_NEIGHBOURS: each author's chat left out (rules + neighbours of other authors)
before -> after, the authors that moved, and the question sets' counts taken as chat that moved."""
import re, sys
def read(f):
    chat, taken = {}, {}
    for l in open(f, encoding='utf-8'):
        m = re.match(r'(\S+) \(author (\S+), (\d+)\): rules (\d+)/\d+ .*rules \+ neighbours of other authors (\d+)/', l)
        if m: chat[m.group(1)] = (m.group(2), int(m.group(5)), int(m.group(3)))
        m = re.match(r'(\S+) \(author (\S+), (\d+) questions\): taken as chat, rules (\d+), rules \+ neighbours (\d+)', l)
        if m: taken[m.group(1)] = int(m.group(5))
    return chat, taken
(b, tb), (a, ta) = read(sys.argv[1]), read(sys.argv[2])
for f in b:
    if b[f][1] != a.get(f, b[f])[1]: print(f'{b[f][0]}\t{b[f][1]} -> {a[f][1]}/{b[f][2]}')
print('chat total', sum(v[1] for v in b.values()), '->', sum(v[1] for v in a.values()), '/', sum(v[2] for v in b.values()))
for f in tb:
    if tb[f] != ta.get(f, tb[f]): print(f'taken {f}\t{tb[f]} -> {ta[f]}')
print('taken total', sum(tb.values()), '->', sum(ta.values()))
