#!/usr/bin/env python3
"""sum.py TUNING.TXT — totals over every set: indicator+level, situations placed right and two or more off."""
import re, sys
tot = n = sr = sn = two = 0
for line in open(sys.argv[1]):
    m = re.match(r'Accuracy on \S+ set \((\d+) questions\): indicator\+level [\d.]+ % \((\d+)/\d+\)', line)
    if m: n += int(m.group(1)); tot += int(m.group(2))
    m = re.match(r'  Situations \((\d+)\): placed right (\d+) .*two or more levels off (\d+);', line)
    if m: sn += int(m.group(1)); sr += int(m.group(2)); two += int(m.group(3))
print(f"indicator+level {tot}/{n}; situations right {sr}/{sn}, two off {two}")
