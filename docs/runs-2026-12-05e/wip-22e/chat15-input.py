# Writes /tmp/wt22e-chat15.txt, the 21 lines fed to `spbebot chat [--as Budi|Ahmad|Dedi] < /tmp/wt22e-chat15.txt`
# (issue 15's bad input, then points 4-5). Kept as a script: the input holds NUL and control characters.
lines = [
 "",
 "   ",
 ("apa yang dibutuhkan untuk level 4 indikator 32? " * 220)[:10240],
 "x" * 10240,
 "level 4\x01\x02\x07 indikator\x1b[31m 32\x1b[0m\x00?",
 "<script>alert('x')</script><b>level 4 indikator 32</b>",
 "[tombol](javascript:alert(1)) *bold* _miring_ `kode` <a href=x>indikator 5</a>",
 "'; DROP TABLE evidence; -- level 4 indikator 32",
 "1 OR 1=1; SELECT * FROM person WHERE '1'='1",
 "indikator \u0969\u0968 level \u0664 \u6307\u6807 32 \u0443\u0440\u043e\u0432\u0435\u043d\u044c 4 \u0e53\u0e52 \U0001f642\U0001f64f",
 "\u202eindikator 32 level 4\u202c \u200b\u200b",
 "indeks spbe kita skrg brp?",
 "bukti sy yg kemarin sdh diverifikasi blm?",
 "tenggat rencana aksi bappeda kapan aja",
 "bukti indikator 32 yg masih kurang",
 "makasih min",
 "SPBE itu apa",
 "kamu bisa apa",
 "halo",
 "bantuan",
 "keluar",
]
open('/tmp/wt22e-chat15.txt', 'w', encoding='utf-8').write("\n".join(lines) + "\n")
