import re,sys
t=open(sys.argv[1]).read()
a=b=ab=f=0
for m in re.finditer(r'level exact: (\d+)/(\d+).*?verdicts above the expected level: (\d+); flags exact: (\d+)/',t):
    a+=int(m[1]); b+=int(m[2]); ab+=int(m[3]); f+=int(m[4])
print(f"evidence {a}/{b} above {ab} flags {f}")
