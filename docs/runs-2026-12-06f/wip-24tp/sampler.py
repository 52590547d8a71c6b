#!/usr/bin/env python3
"""sampler.py OUT ROOTPID SECONDS: every 0.2 s, every process under ROOTPID: pid, ppid, start tick, cpu, cmdline."""
import os, sys, time
tick = os.sysconf("SC_CLK_TCK"); seen = {}
out, root, end = sys.argv[1], sys.argv[2], time.time() + float(sys.argv[3])
while time.time() < end:
    procs = {}
    for d in os.listdir("/proc"):
        if not d.isdigit(): continue
        try:
            st = open(f"/proc/{d}/stat").read()
        except OSError: continue
        f = st[st.rindex(")") + 2:].split()
        procs[d] = (f[1], f)
    if root not in procs and not any(k for k in seen): pass
    for d, (pp, f) in procs.items():
        x, n = d, 0
        while x in procs and x != root and n < 40:
            x = procs[x][0]; n += 1
        if x != root: continue
        key = (d, f[19])
        if key not in seen:
            try: cmd = open(f"/proc/{d}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")[:400]
            except OSError: cmd = "?"
            seen[key] = [pp, cmd, 0.0]
        seen[key][2] = (int(f[11]) + int(f[12])) / tick
    if root not in procs: break
    time.sleep(0.2)
with open(out, "w") as o:
    for (pid, start), (pp, cmd, cpu) in seen.items():
        o.write(f"{pid}\t{pp}\t{start}\t{cpu:.2f}\t{cmd}\n")
