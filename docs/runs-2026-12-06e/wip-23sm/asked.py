#!/usr/bin/env python3
"""asked.py FILE — the "Situations if asked" lines summed over every set of a `questions` output."""
import re, sys
keys = ['right', 'n', 'asks', 'asks_right', 'misses', 'miss_deciding', 'miss_asked', 'two', 'two_deciding']
tot = dict.fromkeys(keys, 0)
for line in open(sys.argv[1]):
    if m := re.search(r'right in (\d+)/(\d+); of the (\d+) the reply asks, (\d+); of the (\d+) misses, (\d+) \((\d+) already asked\); of the (\d+) two off, (\d+)', line):
        for k, v in zip(keys, m.groups()): tot[k] += int(v)
print(f"if asked right {tot['right']}/{tot['n']}; reply asks in {tot['asks']}, of which cover the expected level {tot['asks_right']}; "
      f"of {tot['misses']} misses {tot['miss_deciding']} have the expected level as the deciding one ({tot['miss_asked']} already asked); "
      f"of {tot['two']} two off {tot['two_deciding']}")
