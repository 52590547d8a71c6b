#!/usr/bin/env python3
"""busy.py RUN.trx [SAMPLES.tsv]: per 10 s of the test step, how many classes were running (TRX start/end of each
class's tests) and, with a sampler file, the CPU the test host and PostgreSQL used in that window (cores busy).
Then: the seconds with 0/1/2/3 classes running and the last classes to end (the tail)."""
import sys, re, datetime, collections
import xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
names = {ut.get("id"): ut.find("t:TestMethod", ns).get("className").split(".")[-1] for ut in root.iterfind(".//t:UnitTest", ns)}
def ts(s): return datetime.datetime.fromisoformat(re.sub(r"(\.\d{6})\d*", r"\1", s)).timestamp()
cls = {}
for r in root.iterfind(".//t:UnitTestResult", ns):
    c = names[r.get("testId")]; s, e = ts(r.get("startTime")), ts(r.get("endTime"))
    x = cls.setdefault(c, [s, e]); x[0] = min(x[0], s); x[1] = max(x[1], e)
t0 = min(v[0] for v in cls.values()); t1 = max(v[1] for v in cls.values())
n = int(t1 - t0) + 1
running = [0] * n
for s, e in cls.values():
    for i in range(int(s - t0), int(e - t0) + 1): running[i] += 1
hist = collections.Counter(min(r, 3) for r in running)
print(f"test step by TRX: {n} s; seconds with 0/1/2/3+ classes running: {hist[0]} / {hist[1]} / {hist[2]} / {hist[3]}")
rows = []
if len(sys.argv) > 2:
    rows = [[float(x) for x in l.split("\t")] for l in open(sys.argv[2]).read().splitlines()[1:]]
def cpu_between(a, b):
    sel = [r for r in rows if a <= r[0] <= b]
    if len(sel) < 2: return None
    return (sum(sel[-1][1:]) - sum(sel[0][1:])) / (sel[-1][0] - sel[0][0])
print("window s | classes running (mean, max) | cores busy (host + children + PostgreSQL) | bar")
for w in range(0, n, 10):
    seg = running[w:w + 10]; mean = sum(seg) / len(seg)
    c = cpu_between(t0 + w, t0 + w + 10) if rows else None
    bar = "#" * round(mean * 4) + ("" if c is None else "  " + "*" * round(c * 10))
    print(f"{w:5d} | {mean:4.1f} {max(seg)} | {'' if c is None else f'{c:4.2f}'} | {bar}")
print("\nthe last 8 classes to end: start → end (s)")
for c, (s, e) in sorted(cls.items(), key=lambda kv: kv[1][1])[-8:]:
    print(f"{s - t0:6.0f} → {e - t0:6.0f} ({e - s:5.0f})  {c}")
