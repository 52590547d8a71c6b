#!/usr/bin/env python3
"""split.py RUNDIR: the run's CPU (exact, BSD accounting) before and after the `dotnet test` process started (build vs tests)."""
import os, sys
run = sys.argv[1]
tick = os.sysconf("SC_CLK_TCK")
boot = int(next(l for l in open("/proc/stat") if l.startswith("btime")).split()[1])
sampled = {}
test_start = None
for line in open(f"{run}/procs.tsv"):
    pid, ppid, start, cpu, cmd = line.rstrip("\n").split("\t", 4)
    t = boot + int(start) / tick
    sampled.setdefault(int(pid), []).append(t)
    if "dotnet test" in cmd or "vstest.console" in cmd:
        test_start = t if test_start is None else min(test_start, t)
first = min(min(v) for v in sampled.values())
ours = set(); build = tests = 0.0
rows = [l.rstrip("\n").split("\t") for l in open(f"{run}/acct.tsv")]
for pid, ppid, btime, etime, ut, st, comm in sorted(rows, key=lambda r: int(r[2])):
    pid, ppid, btime = int(pid), int(ppid), int(btime)
    if not (any(abs(t - btime) <= 2 for t in sampled.get(pid, [])) or ppid in ours): continue
    ours.add(pid)
    cpu = float(ut) + float(st)
    if btime < test_start - 1: build += cpu
    else: tests += cpu
print(f"set-up + build (processes started before `dotnet test`): {build:.1f} CPU s; test step: {tests:.1f} CPU s; "
      f"test step started {test_start - first:.0f} s after the first process")
