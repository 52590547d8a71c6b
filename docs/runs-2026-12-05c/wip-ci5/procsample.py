import os, time, sys
# samples every 0.3 s: every process whose cmdline has a pattern; records last seen CPU ticks per pid
tick=os.sysconf("SC_CLK_TCK"); seen={}
out=sys.argv[1]; root=sys.argv[2]
end=time.time()+float(sys.argv[3])
while time.time()<end:
    for d in os.listdir('/proc'):
        if not d.isdigit(): continue
        try:
            cmd=open(f'/proc/{d}/cmdline','rb').read().replace(b'\0',b' ').decode(errors='replace')
            if root not in cmd: continue
            st=open(f'/proc/{d}/stat').read()
        except OSError: continue
        f=st[st.rindex(')')+2:].split()
        cpu=(int(f[11])+int(f[12]))/tick
        key=(d,f[19])
        seen[key]=(cmd[:300],cpu)
    time.sleep(0.3)
    with open(out,'w') as o:
        for (pid,start),(cmd,cpu) in seen.items(): o.write(f"{pid}\t{start}\t{cpu:.2f}\t{cmd}\n")
