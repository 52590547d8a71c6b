#!/usr/bin/env python3
"""classes-trx.py RUN.trx [N]: per test class, from the TRX: tests, the sum of its tests' durations and its span (first
start to last end), the N largest by summed duration. Wall time of a loaded, 3-way parallel run: not CPU."""
import sys, re, datetime
import xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot(); n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
names = {ut.get("id"): ut.find("t:TestMethod", ns).get("className").split(".")[-1] for ut in root.iterfind(".//t:UnitTest", ns)}
def ts(s): return datetime.datetime.fromisoformat(re.sub(r"(\.\d{6})\d*", r"\1", s)).timestamp()
def dur(s): h, m, x = s.split(":"); return int(h) * 3600 + int(m) * 60 + float(x)
cls = {}
for r in root.iterfind(".//t:UnitTestResult", ns):
    c = names[r.get("testId")]; s, e = ts(r.get("startTime")), ts(r.get("endTime"))
    x = cls.setdefault(c, [s, e, 0, 0.0]); x[0] = min(x[0], s); x[1] = max(x[1], e); x[2] += 1; x[3] += dur(r.get("duration"))
total = sum(v[3] for v in cls.values())
print(f"{len(cls)} classes, {sum(v[2] for v in cls.values())} tests, summed test durations {total:.0f} s")
print("| class | tests | summed test s | share | span s |")
print("|---|---|---|---|---|")
for c, (s, e, k, d) in sorted(cls.items(), key=lambda kv: -kv[1][3])[:n]:
    print(f"| {c} | {k} | {d:.1f} | {100 * d / total:.1f} % | {e - s:.1f} |")
