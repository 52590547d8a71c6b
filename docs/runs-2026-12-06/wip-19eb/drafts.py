import csv,re,os
sets=["EvidenceDocuments"]+["EvidenceDocuments%d"%i for i in [2,3,4,5,6,7,8,9,10,12,13,14,15,16]]
for s in sets:
    for r in csv.DictReader(open(s+"/expected.tsv"),delimiter="\t"):
        f=r["file"]; p=s+"/docs/"+f
        if not os.path.exists(p): p+=".txt"
        t=open(p,errors="replace").read()
        head=t[:900]
        blanknum=bool(re.search(r'(?im)^\s*nomor(\s+sop|\s+surat)?\s*:?\s*([.…_/ ]{3,}|\s*tahun|[.…_]+/)',head))
        block=bool(re.search(r'(?i)(ditetapkan|dikeluarkan)\s+di\b',t))
        says=bool(re.search(r'(?i)belum\s+(ditandatangani|ditanda\s+tangani|bertanda\s+tangan|disahkan)',t))
        fl=r["flags"]
        if blanknum or 'draft' in fl or 'unsigned' in fl:
            print(s[17:] or "1", f, fl or "-", "blankNo" if blanknum else "-", "block" if block else "noblock", "says" if says else "-")
