#!/usr/bin/env python3
"""CPU seconds of a PostgreSQL cluster so far: the postmaster's own and reaped children's (utime, stime, cutime, cstime)
plus every live child's own and reaped children's."""
import os, sys
HZ = os.sysconf('SC_CLK_TCK')
def stat(pid):
    s = open(f'/proc/{pid}/stat').read()
    f = s[s.rindex(')') + 2:].split()
    return int(f[1]), sum(int(x) for x in f[11:15])   # ppid, utime+stime+cutime+cstime
pm = int(open(sys.argv[1] + '/postmaster.pid').readline())
total = stat(pm)[1]
for p in os.listdir('/proc'):
    if p.isdigit():
        try:
            ppid, t = stat(int(p))
            if ppid == pm: total += t
        except Exception: pass
print(f'{total / HZ:.2f}')
