#!/usr/bin/env python3
"""sampler2.py OUT.tsv: during a whole test run, every 0.5 s the time and cumulative CPU (s) of the test host (own;
its reaped children) and of the run's shared PostgreSQL cluster (/tmp/spbebot-test-<guid> whose owner.pid is the test
host: postmaster + reaped backends + live backends). Stops when OUT.stop exists."""
import os, sys, time, glob
out = sys.argv[1]; tick = os.sysconf("SC_CLK_TCK")
def fields(pid):
    s = open(f"/proc/{pid}/stat").read(); return s[s.rindex(")") + 2:].split()
def cmd(pid):
    try: return open(f"/proc/{pid}/cmdline", "rb").read()
    except OSError: return b""
host = pm = None
with open(out, "w") as o:
    o.write("t\thost_own\thost_children\tpg\n")
    while not os.path.exists(out + ".stop"):
        t = time.time()
        if host is None or not os.path.exists(f"/proc/{host}"):
            host = next((int(d) for d in os.listdir("/proc") if d.isdigit() and b"testhost.dll" in cmd(d) and b"/tmp/24th/clone-" in cmd(d)), None); pm = None
        if host and pm is None:
            for d in glob.glob("/tmp/spbebot-test-*"):
                try:
                    if int(open(d + "/owner.pid").read()) == host and os.path.exists(d + "/pgdata/postmaster.pid"):
                        pm = int(open(d + "/pgdata/postmaster.pid").readline()); break
                except (OSError, ValueError): pass
        h = [0.0, 0.0]; pg = 0.0
        try:
            f = fields(host); h = [(int(f[11]) + int(f[12])) / tick, (int(f[13]) + int(f[14])) / tick]
        except (OSError, TypeError): pass
        if pm:
            try:
                f = fields(pm); pg = sum(int(x) for x in f[11:15]) / tick
                for d in os.listdir("/proc"):
                    if d.isdigit():
                        try:
                            g = fields(d)
                            if int(g[1]) == pm: pg += (int(g[11]) + int(g[12])) / tick
                        except (OSError, ValueError): pass
            except OSError: pm = None
        o.write(f"{t:.3f}\t{h[0]:.2f}\t{h[1]:.2f}\t{pg:.2f}\n"); o.flush()
        time.sleep(0.5)
