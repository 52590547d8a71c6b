# What a peer receives when a process is SIGKILLed right after writing to a TCP socket (Linux).
# case fin:  the killed process has no unread received data -> expect FIN: every byte written arrives, then EOF.
# case rst:  the killed process has unread received data (a response it had not read) -> RST; do written bytes still arrive?
# size: bytes written just before the kill (large = more than the peer's receive window, so some are still queued in the
#       killed process's send buffer at the kill).
import os, socket, sys, time, signal, errno

def run(case, size, peer_reads_late):
    srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0)); srv.listen(1); port = srv.getsockname()[1]
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        c = socket.create_connection(("127.0.0.1", port))
        if case == "rst":
            time.sleep(0.2)   # the peer's "response" arrives and stays unread
        c.setblocking(False)
        sent = 0
        data = b"x" * size
        try:
            while sent < size:
                sent += c.send(data[sent:])
        except BlockingIOError:
            pass
        os.write(w, str(sent).encode()); os.close(w)
        os.kill(os.getpid(), signal.SIGKILL)
    os.close(w)
    conn, _ = srv.accept()
    if case == "rst":
        conn.sendall(b"HTTP/1.1 429 Too Many Requests\r\n\r\n")
    written = int(os.read(r, 64) or b"0"); os.close(r)
    os.waitpid(pid, 0)
    if peer_reads_late: time.sleep(1.0)   # the peer reads only after the killed process is gone
    got, end = 0, "EOF (FIN)"
    conn.settimeout(5)
    while True:
        try:
            b = conn.recv(1 << 20)
        except ConnectionResetError:
            end = "ECONNRESET (RST)"; break
        except socket.timeout:
            end = "timeout"; break
        if not b: break
        got += len(b)
    print(f"case={case:3} written={written:>9} (accepted by the kernel before SIGKILL) received={got:>9} end={end} peer_reads_late={peer_reads_late}")
    conn.close(); srv.close()

for case in ("fin", "rst"):
    for size in (2_000, 4_000_000):
        for late in (False, True):
            run(case, size, late)
