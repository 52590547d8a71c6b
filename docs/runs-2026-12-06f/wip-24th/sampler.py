#!/usr/bin/env python3
"""sampler.py OUT.tsv PGDATA: every 0.2 s, the time and cumulative CPU (s) of: the test host (own; its reaped
children), the PostgreSQL postmaster of PGDATA (own + reaped backends + live backends). Stops when OUT.stop exists."""
import os, sys, time
out, pgdata, mine = sys.argv[1], sys.argv[2], sys.argv[3]
tick = os.sysconf("SC_CLK_TCK")
def stat(pid):
    s = open(f"/proc/{pid}/stat").read()
    f = s[s.rindex(")") + 2:].split()
    return f, s[s.index("(") + 1:s.rindex(")")]
def cmdline(pid):
    try: return open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
    except OSError: return ""
pm = int(open(os.path.join(pgdata, "postmaster.pid")).readline())
host = None
with open(out, "w") as o:
    o.write("t\thost_own\thost_children\tpg\n")
    while not os.path.exists(out + ".stop"):
        t = time.time()
        if host is None or not os.path.exists(f"/proc/{host}"):
            host = None
            for d in os.listdir("/proc"):
                if d.isdigit() and "testhost.dll" in cmdline(d) and mine in cmdline(d):
                    host = int(d); break
        h_own = h_ch = 0.0
        if host:
            try:
                f, _ = stat(host); h_own = (int(f[11]) + int(f[12])) / tick; h_ch = (int(f[13]) + int(f[14])) / tick
            except OSError: pass
        pg = 0.0
        try:
            f, _ = stat(pm); pg = sum(int(x) for x in f[11:15]) / tick
            for d in os.listdir("/proc"):
                if not d.isdigit(): continue
                try:
                    g, _ = stat(d)
                    if int(g[1]) == pm: pg += (int(g[11]) + int(g[12])) / tick
                except (OSError, ValueError): pass
        except OSError: pass
        o.write(f"{t:.3f}\t{h_own:.2f}\t{h_ch:.2f}\t{pg:.2f}\n"); o.flush()
        time.sleep(0.2)
