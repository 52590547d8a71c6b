#!/usr/bin/env python3
"""Runs a command and prints its wall time and the CPU seconds of every process it started, daemons included.

/usr/bin/time counts only the processes its child waited for; PostgreSQL clusters (pg_ctl daemonises them), the
compiler server and detached shells escape it. Here this process is a child subreaper: every orphaned descendant is
re-parented to it and reaped by it, so its rusage is counted. Descendants still running when the command ends (the
compiler server idles for minutes) are added from /proc (their own and their reaped children's CPU) and listed.
Usage: cputime.py COMMAND [ARG...]   (prints to stderr at the end)"""
import ctypes, os, sys, time

PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
tick = os.sysconf("SC_CLK_TCK")
start = time.monotonic()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
user = system = 0.0
status = 0
while True:
    p, st, ru = os.wait4(-1, 0)
    user += ru.ru_utime; system += ru.ru_stime
    if p == pid:
        status = os.waitstatus_to_exitcode(st)
        break
wall = time.monotonic() - start
time.sleep(2)  # let the detached clean-up shells finish
while True:
    try:
        p, st, ru = os.wait4(-1, os.WNOHANG)
    except ChildProcessError:
        break
    if p == 0:
        break
    user += ru.ru_utime; system += ru.ru_stime
alive = []
me = str(os.getpid())
for d in os.listdir("/proc"):
    if not d.isdigit():
        continue
    try:
        stat = open(f"/proc/{d}/stat").read()
    except OSError:
        continue
    fields = stat[stat.rindex(")") + 2:].split()
    if fields[1] == me:  # ppid
        u, s, cu, cs = (int(x) / tick for x in fields[11:15])
        user += u + cu; system += s + cs
        alive.append(f"{d} {stat[stat.index('(') + 1:stat.rindex(')')]} {u + cu + s + cs:.1f} s")
print(f"cputime: exit {status}, wall {wall:.1f} s, user {user:.1f} s, sys {system:.1f} s, user+sys {user + system:.1f} s"
      + (f"; still running (counted so far): {', '.join(alive)}" if alive else ""), file=sys.stderr)
sys.exit(status)
