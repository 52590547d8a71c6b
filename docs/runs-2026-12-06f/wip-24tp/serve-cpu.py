#!/usr/bin/env python3
"""serve-cpu.py SPBEBOT [AFTER]: starts `SPBEBOT serve --urls http://127.0.0.1:0` in the current folder, prints the
server process's own CPU seconds (user+sys, from /proc) when it logs "Application started" (ready) and AFTER seconds
later (default 12: past AnswerPathWarmUp's 5 s), then stops it with SIGTERM. PostgreSQL's CPU is not counted."""
import os, signal, subprocess, sys, threading, time
tick = os.sysconf("SC_CLK_TCK")
exe, after = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 12.0
def cpu(pid):
    f = open(f"/proc/{pid}/stat").read(); f = f[f.rindex(")") + 2:].split()
    return (int(f[11]) + int(f[12])) / tick
p = subprocess.Popen([exe, "serve", "--urls", "http://127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
start = time.monotonic()
for line in p.stdout:
    if "Application started" in line:
        break
ready = cpu(p.pid); t_ready = time.monotonic() - start
threading.Thread(target=lambda: [None for _ in p.stdout], daemon=True).start()  # keep draining: a full pipe blocks the logger
time.sleep(after)
later = cpu(p.pid)
p.send_signal(signal.SIGTERM); p.wait(60)
print(f"ready {ready:.2f} CPU s at {t_ready:.1f} s wall; +{after:.0f} s: {later:.2f} CPU s")
