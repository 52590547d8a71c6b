import re, sys
def parse(path):
    t = open(path).read()
    rows = {}
    for block in re.split(r'\n(?=Accuracy on )', t):
        m = re.match(r'Accuracy on (\S+) set .*?indicator\+level [\d.]+ % \((\d+)/(\d+)\)', block)
        if not m: continue
        s = re.search(r'Situations \((\d+)\): placed right (\d+) .*?one above (\d+), one below (\d+)\); two or more levels off (\d+); no level (\d+); the reply asked the deciding criterion in (\d+)', block)
        d = re.search(r'Situations by direction: above (\d+) \(two or more (\d+)\); below (\d+) \(two or more (\d+)\)', block)
        rows[m[1]] = (int(m[2]), int(m[3])) + (tuple(int(x) for x in s.groups()) if s else (0,)*7) + (tuple(int(x) for x in d.groups()) if d else (0,)*4)
    return rows
a = parse(sys.argv[1]); b = parse(sys.argv[2])
print('set: ind+level | situations n, right, one above, one below, two off, no level, asked | above (2+), below (2+)   before -> after')
tot = [[0]*13, [0]*13]
for k in a:
    x, y = a[k], b.get(k, a[k])
    for i in range(13): tot[0][i] += x[i]; tot[1][i] += y[i]
    f = lambda r: f'{r[0]}/{r[1]} | {r[2]}, {r[3]}, {r[4]}, {r[5]}, {r[6]}, {r[7]}, {r[8]} | {r[9]} ({r[10]}), {r[11]} ({r[12]})'
    print(f'{k}: {f(x)}' + ('' if x == y else f'  ->  {f(y)}'))
f = lambda r: f'{r[0]}/{r[1]} | {r[2]}, {r[3]}, {r[4]}, {r[5]}, {r[6]}, {r[7]}, {r[8]} | {r[9]} ({r[10]}), {r[11]} ({r[12]})'
print(f'TOTAL: {f(tot[0])}  ->  {f(tot[1])}')
