#!/usr/bin/env python3
"""procs.py RUNDIR: CPU by kind of process in the test step, exact from BSD accounting, named by the sampler's cmdlines."""
import os, sys, collections, re
run = sys.argv[1]
tick = os.sysconf("SC_CLK_TCK")
boot = int(next(l for l in open("/proc/stat") if l.startswith("btime")).split()[1])
sampled = {}   # pid -> list of (start epoch, ppid, cmd)
for line in open(f"{run}/procs.tsv"):
    pid, ppid, start, cpu, cmd = line.rstrip("\n").split("\t", 4)
    sampled.setdefault(int(pid), []).append((boot + int(start) / tick, int(ppid), cmd))
acct = []
for line in open(f"{run}/acct.tsv"):
    pid, ppid, btime, etime, ut, st, comm = line.rstrip("\n").split("\t")
    acct.append((int(pid), int(ppid), int(btime), float(etime), float(ut) + float(st), comm))
# the tree: a record is ours if it was sampled (same pid, start within 2 s) or its parent at exit is ours
ours = {}
def name(cmd, comm):
    if "spbebot.dll" in cmd:
        a = cmd.split("spbebot.dll", 1)[1].split()
        a = [x for x in a if not x.startswith("-") and "/" not in x][:2]
        return "spbebot " + " ".join(a)
    if "testhost" in cmd: return "testhost"
    if "vstest.console" in cmd: return "vstest.console"
    if cmd.startswith("dotnet test") or " test " in cmd[:40]: return "dotnet test"
    for k in ("tesseract", "pdftoppm", "initdb", "pg_ctl", "pg_dump", "pg_restore", "psql", "chrome", "node", "nice", "ionice", "setsid", "kill", "sleep"):
        if k in cmd.split(" ")[0] or (k in cmd[:60]): return k
    if "postgres" in cmd or comm.startswith("postgres"): return "postgres"
    return (comm or cmd[:30])
by = collections.defaultdict(lambda: [0, 0.0])
unmatched = 0
pids_ours = set()
for pid, ppid, btime, etime, cpu, comm in sorted(acct, key=lambda r: r[2]):
    cands = sampled.get(pid, [])
    hit = next((c for c in cands if abs(c[0] - btime) <= 2), None)
    if hit:
        k = name(hit[2], comm)
    elif ppid in pids_ours:
        k = name("", comm)
    else:
        unmatched += 1
        continue
    pids_ours.add(pid)
    by[k][0] += 1; by[k][1] += cpu
tot = sum(v[1] for v in by.values())
print(f"processes of the test step: {sum(v[0] for v in by.values())}, CPU {tot:.1f} s (exact, at exit); records of other processes skipped: {unmatched}")
for k, (n, c) in sorted(by.items(), key=lambda x: -x[1][1]):
    print(f"{c:8.1f} s {n:5d}  {k}")
