"""Where the listed longest classes started, and the run's tail: python3 trx-order.py RUN.trx [LongestFirst.cs]
A class's span is its first test's start to its last test's end (TRX times); the tail is the time at the end of the run
when fewer than three classes were running (a core idle)."""
import sys, re, collections, datetime as dt, xml.etree.ElementTree as ET
ns = {'t': 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
root = ET.parse(sys.argv[1]).getroot()
cls_of = {u.get('id'): u.find('t:TestMethod', ns).get('className').split('.')[-1] for u in root.iterfind('.//t:UnitTest', ns)}
def when(s): return dt.datetime.fromisoformat(s[:26] + s[-6:] if len(s) > 32 else s)
span = collections.defaultdict(lambda: [None, None, 0.0, 0])
out = collections.Counter()
for r in root.iterfind('.//t:UnitTestResult', ns):
    e = span[cls_of[r.get('testId')]]; st, en = when(r.get('startTime')), when(r.get('endTime'))
    h, m, s = r.get('duration').split(':')
    e[0] = st if e[0] is None or st < e[0] else e[0]; e[1] = en if e[1] is None or en > e[1] else e[1]
    e[2] += int(h) * 3600 + int(m) * 60 + float(s); e[3] += 1; out[r.get('outcome')] += 1
t0 = min(e[0] for e in span.values()); t1 = max(e[1] for e in span.values())
sec = lambda t: (t - t0).total_seconds()
print('outcomes', dict(out), 'tests wall %.0f s, sum of test durations %.0f s, classes %d' % (sec(t1), sum(e[2] for e in span.values()), len(span)))
listed = re.findall(r'"(\w+Tests)"', open(sys.argv[2] if len(sys.argv) > 2 else 'tests/SpbeBot.Tests/Infrastructure/LongestFirst.cs').read())
starts = sorted(span, key=lambda c: span[c][0])
print('LongestFirst rank: start order among all classes, start → end s, span s')
for i, c in enumerate(listed):
    if c in span: e = span[c]; print('  %2d %-32s %4d  %6.0f → %6.0f  %6.0f' % (i, c, starts.index(c), sec(e[0]), sec(e[1]), sec(e[1]) - sec(e[0])))
print('slowest classes by span:')
for c in sorted(span, key=lambda c: -(span[c][1] - span[c][0]).total_seconds())[:15]:
    e = span[c]; print('  %6.0f s  %3d tests  %6.0f → %6.0f  %s' % (sec(e[1]) - sec(e[0]), e[3], sec(e[0]), sec(e[1]), c))
# time with fewer than 3 classes running, from the end backwards
edges = sorted([(sec(e[0]), 1) for e in span.values()] + [(sec(e[1]), -1) for e in span.values()])
running, last, under = 0, 0.0, collections.Counter()
for t, d in edges:
    under[min(running, 3)] += t - last; running += d; last = t
tail = 0.0; running_at = lambda t: sum(1 for e in span.values() if sec(e[0]) <= t < sec(e[1]))
t = sec(t1) - 0.5
while t > 0 and running_at(t) < 3: t -= 1; tail += 1
print('seconds with 0/1/2/3+ classes running: %.0f / %.0f / %.0f / %.0f; the last %.0f s had fewer than 3' % (under[0], under[1], under[2], under[3], tail))
print('last to end:')
for c in sorted(span, key=lambda c: span[c][1])[-6:]:
    e = span[c]; print('  ends %6.0f s, started %6.0f s  %s' % (sec(e[1]), sec(e[0]), c))
