#!/usr/bin/env python3
"""causes.py MISSES.tsv — the one-off situation rows sorted into causes by the words of the description (a first
sort by rules written after reading the rows; each row goes to the first cause that fits), counts and ids."""
import re, sys
C = [
 ('above: a dated review (2023 or older) counted as valid', 'above', r'(reviu|review|evaluasi|evaluated|reviewed|direviu)\D{0,60}(20(1\d|2[0-3]))|(20(1\d|2[0-3]))\D{0,30}(reviu|review|direviu)'),
 ('above: part of the units or content (sebagian, baru, only, a few) not read as partial', 'above', r'\b(sebagian|beberapa|baru|cuma|hanya|only|some|few|mung|isih|tiap opd|sendiri)\b|\b\d+ (opd|dari|of)\b'),
 ('above: a change or improvement taken as the follow-up of a review', 'above', r'(perbaik|improv|diperbaiki|ditindaklanjuti|follow|tindak lanjut|fitur baru|new feature|ditambah)'),
 ('above: a link or integration read as the collaboration / integration level', 'above', r'(integra|terhubung|nyambung|konek|linked|connected|tersambung|kolaborasi)'),
 ('above: other', 'above', r''),
 ('below: a review or its follow-up stated but not credited', 'below', r'(reviu|review|evaluasi|evaluated|direviu|perbaik|improv|follow)'),
 ('below: a transaction, approval or integration on the service ladder not read', 'below', r'(approv|setuju|verifik|validasi|TTE|transaksi|bayar|payment|integra|ketarik|terhubung|langsung ke)'),
 ('below: coverage of all units or a guideline not read', 'below', r'(semua|seluruh|all |kabeh|pedoman|standar|sop|guideline)'),
 ('below: other', 'below', r''),
]
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
out = {c[0]: [] for c in C}
for off, author, rid, exp, got, text in rows:
    if off != '1': continue
    e, g = int(exp.split(':')[1]), int(got.split(':')[1])
    d = 'above' if g > e else 'below'
    for name, dirn, rx in C:
        if dirn == d and re.search(rx, text, re.I): out[name].append(rid); break
for name, ids in out.items():
    print(f'{len(ids):3}  {name}: {", ".join(ids)}')
