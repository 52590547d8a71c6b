import re,sys
t=open(sys.argv[1]).read()
a=b=0
for m in re.finditer(r'indicator\+level [\d.]+ % \((\d+)/(\d+)\)',t): a+=int(m[1]); b+=int(m[2])
s=r=two=0
for m in re.finditer(r'Situations \((\d+)\): placed right (\d+).*?two or more levels off (\d+)',t): s+=int(m[1]); r+=int(m[2]); two+=int(m[3])
n=len(re.findall(r'indicator\+level [\d.]+ % \(',t))
print(f"sets {n} ind+level {a}/{b} ({100*a/b:.2f} %) situations {r}/{s} two-off {two}")
