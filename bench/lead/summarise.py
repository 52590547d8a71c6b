"""summarise.py holdouts DIR PREFIX… | tuning FILE | evidence FILE — the figures of the lead's section (README.md)."""
import os, re, sys


def holdouts(d, prefixes):
    for p in prefixes:
        i = open(f'{d}/{p}-indicator.score.txt').read(); pr = open(f'{d}/{p}-process.score.txt').read(); c = open(f'{d}/{p}-chat.score.txt').read()
        il = re.search(r'indicator\+level ([\d.]+) % \((\d+)/(\d+)\)', i).groups()
        s = re.search(r'Situations \((\d+)\): placed right (\d+) \(([\d.]+) %\).*?two or more levels off (\d+)', i).groups()
        a = re.search(r'answer_quote: ([\d.]+) % \((\d+)/(\d+)', pr).groups()
        n = re.search(r'not in texts, no quote given: [\d.]+ % \((\d+)/(\d+)', pr).groups()
        wr = re.search(r'wrong ranking (\d+)', pr); wr = int(wr.group(1)) if wr else 0
        quoted = int(n[1]) - int(n[0])
        ch = re.search(r'(\d+)/(\d+) recognised as labelled \(([\d.]+) %\)', c).groups()
        print(f'{p}: ind+level {il[0]} ({il[1]}/{il[2]}) | sit {s[2]} ({s[1]}/{s[0]}) two-off {s[3]} | process {a[0]} ({a[1]}/{a[2]}) '
              f'wrong {wr + quoted} (rank {wr}, nit quoted {quoted}) | chat {ch[2]} ({ch[0]}/{ch[1]})')
    for f in sorted(os.listdir(d)):
        if f.startswith('evidence'):
            m = re.search(r'^level exact.*$', open(f'{d}/{f}').read(), re.M); print(f, m.group(0) if m else 'RUNNING')


def tuning(path):
    t = open(path).read()
    a = b = 0
    for m in re.finditer(r'indicator\+level [\d.]+ % \((\d+)/(\d+)\)', t): a += int(m[1]); b += int(m[2])
    s = r = two = 0
    for m in re.finditer(r'Situations \((\d+)\): placed right (\d+).*?two or more levels off (\d+)', t): s += int(m[1]); r += int(m[2]); two += int(m[3])
    n = len(re.findall(r'indicator\+level [\d.]+ % \(', t))
    print(f"sets {n} ind+level {a}/{b} ({100 * a / b:.2f} %) situations {r}/{s} two-off {two}")


def evidence(path):
    a = b = above = flags = 0
    for m in re.finditer(r'level exact: (\d+)/(\d+).*?verdicts above the expected level: (\d+); flags exact: (\d+)/', open(path).read()):
        a += int(m[1]); b += int(m[2]); above += int(m[3]); flags += int(m[4])
    print(f"evidence {a}/{b} above {above} flags {flags}")


if __name__ == '__main__':
    {'holdouts': lambda: holdouts(sys.argv[2], sys.argv[3:]), 'tuning': lambda: tuning(sys.argv[2]), 'evidence': lambda: evidence(sys.argv[2])}[sys.argv[1]]()
