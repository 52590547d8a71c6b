# Tuning sets (no y-*, no holdout-2026-12m, no voices files) relative to bench/SpbeBot.Bench
D=../../tests/SpbeBot.Tests/Data
SETS=""
for d in dev-2026-12 holdout-2026-12 holdout-2026-12b holdout-2026-12c holdout-2026-12d holdout-2026-12e holdout-2026-12f holdout-2026-12g holdout-2026-12h holdout-2026-12i holdout-2026-12j holdout-2026-12k holdout-2026-12l; do
  for f in $D/$d/*.tsv; do
    b=$(basename $f)
    case "$b" in y-*|voices.tsv|*.voices.tsv) continue;; esac
    SETS="$SETS $f"
  done
done
CHAT=$(for f in $SETS; do case "$(basename $f)" in *chat*) echo -n "$f ";; esac; done)
