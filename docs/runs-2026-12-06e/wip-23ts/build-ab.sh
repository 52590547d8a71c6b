#!/usr/bin/env bash
# build-ab.sh PROJECT...: forced compiles (no dependencies, no incremental) of each project, with the base's
# Directory.Build.props (/tmp/23ts/base.props) and this branch's, alternating; CPU by cputime.py; the dll's sha256.
cd /work/23ts; R=docs/runs-2026-12-06e/wip-23ts
for p in "$@"; do for v in base branch; do
  extra=(); [ $v = base ] && extra=(-p:DirectoryBuildPropsPath=/tmp/23ts/base.props)
  echo "== $p $v $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 $R/cputime.py dotnet build $p -c Release --no-dependencies --no-incremental --no-restore --nologo -v:q "${extra[@]}" 2>&1 | grep -E "cputime|error|warn" | head -3
  n=$(basename $p .csproj); d=$(dirname $p)/bin/Release/net10.0; [ -f $d/$n.dll ] && sha256sum $d/$n.dll | cut -c1-16 || sha256sum $d/spbebot.dll | cut -c1-16
done; done
