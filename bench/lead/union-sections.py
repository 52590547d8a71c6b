import sys,re
# Resolve conflict blocks by keeping both sides (ours then theirs): for docs/benchmarks.md insertions.
f=sys.argv[1]; t=open(f).read()
out=[];state=None
for line in t.split("\n"):
    if line.startswith("<<<<<<< "): state="ours"; continue
    if line.startswith("=======") and state=="ours":
        state="theirs"
        if out and out[-1]!="": out.append("")  # a blank line between two sections
        continue
    if line.startswith(">>>>>>> ") and state=="theirs": state=None; continue
    out.append(line)
open(f,"w").write("\n".join(out))
