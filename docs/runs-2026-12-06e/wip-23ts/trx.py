#!/usr/bin/env python3
"""trx.py FILE.trx [N]: per class (sum of test durations, tests, span) and the N longest tests."""
import sys, re, collections, datetime
import xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
names = {}
for ut in root.iterfind(".//t:UnitTest", ns):
    tm = ut.find("t:TestMethod", ns)
    names[ut.get("id")] = (tm.get("className").split(".")[-1], tm.get("name"))
def ts(s):
    s = re.sub(r"(\.\d{6})\d*", r"\1", s)
    return datetime.datetime.fromisoformat(s)
def dur(s):
    h, m, sec = s.split(":"); return int(h) * 3600 + int(m) * 60 + float(sec)
cls = collections.defaultdict(lambda: [0.0, 0, None, None])
tests = []
t0 = None
for r in root.iterfind(".//t:UnitTestResult", ns):
    c, name = names[r.get("testId")]
    d = dur(r.get("duration")); s, e = ts(r.get("startTime")), ts(r.get("endTime"))
    t0 = s if t0 is None or s < t0 else t0
    x = cls[c]; x[0] += d; x[1] += 1
    x[2] = s if x[2] is None or s < x[2] else x[2]; x[3] = e if x[3] is None or e > x[3] else x[3]
    tests.append((d, c, name[:110], r.get("outcome")))
print(f"tests {len(tests)}, sum of durations {sum(t[0] for t in tests):.0f} s, classes {len(cls)}")
print("classes by sum of test durations: sum s, tests, start → end s (span)")
for c, (d, k, s, e) in sorted(cls.items(), key=lambda x: -x[1][0])[:n]:
    print(f"{d:8.1f} {k:4d} {(s - t0).total_seconds():7.0f} → {(e - t0).total_seconds():5.0f} ({(e - s).total_seconds():5.0f})  {c}")
print(f"\nlongest {n} tests:")
for d, c, name, o in sorted(tests, reverse=True)[:n]:
    print(f"{d:8.1f} {o:7s} {c}.{name}")
