#!/usr/bin/env python3
"""Runs a command and prints the CPU seconds of every process in its tree (own utime+stime at each one's last
0.1 s sample; a process shorter than a sample is missed), on stderr-free last line."""
import os, subprocess, sys, time
HZ = os.sysconf('SC_CLK_TCK')
def table():
    t = {}
    for p in os.listdir('/proc'):
        if p.isdigit():
            try:
                s = open(f'/proc/{p}/stat').read(); f = s[s.rindex(')') + 2:].split()
                t[int(p)] = (int(f[1]), int(f[11]) + int(f[12]), f[19])
            except Exception: pass
    return t
proc = subprocess.Popen(sys.argv[1:])
seen = {}
tree = {proc.pid}
while proc.poll() is None:
    t = table()
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _, _) in t.items():
            if ppid in tree and pid not in tree: tree.add(pid); changed = True
    for pid in tree:
        if pid in t: seen[(pid, t[pid][2])] = t[pid][1]
    time.sleep(0.1)
print(f'tree {sum(seen.values()) / HZ:.2f} CPU s in {len(seen)} processes', file=sys.stderr)
sys.exit(proc.returncode)
