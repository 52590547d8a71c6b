using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>
/// Makes the files of the repository's <c>samples/</c> folder, which the README tour uses: a follow-up plan
/// spreadsheet kept the way a Pemda keeps it, a levels CSV, a one-page notulen PDF and a DOCX report.
/// <see cref="SamplesTests"/> checks the committed files against this code (and rewrites them on request).
/// </summary>
static class TourSamples
{
    public const string PlanXlsx = "monev-2019.xlsx";
    public const string LevelsCsv = "levels.csv";
    public const string NotulenPdf = "notulen-rapat.pdf";
    public const string ReportDocx = "laporan-reviu.docx";

    public static readonly string[] Header =
        ["No", "Indikator", "Rekomendasi", "Nilai Tingkat Kematangan", "Tindak Lanjut", "Target Waktu", "OPD Terkait"];

    /// <summary>
    /// The plan rows below the header: spbe-2018 indicators, wording from the 2019 follow-up table of
    /// reference/seeds. A row with an empty No continues the one above (a recommendation spanning two rows);
    /// OPDs are written as people write them (abbreviations, aliases, several in one cell); deadlines vary.
    /// </summary>
    public static readonly string[][] PlanRows =
    [
        ["1", "Kebijakan Internal Tim Pengarah SPBE",
            "Kebijakan internal Tim Pengarah SPBE sebaiknya ditetapkan dan memuat pengaturan tugas-tugas yang mendukung penerapan SPBE yang terpadu pada semua perangkat daerah",
            "1", "Menyusun dan menetapkan Peraturan Bupati tentang Tim Pengarah SPBE", "2019", "Diskominfo, Bag. Hukum"],
        ["2", "Kebijakan Internal Inovasi Proses Bisnis Terintegrasi",
            "Kebijakan internal proses bisnis sebaiknya ditetapkan dengan memuat pengaturan tersusunnya proses bisnis",
            "1", "Menyusun kebijakan proses bisnis terintegrasi", "Triwulan III 2019", "Bag. Organisasi"],
        ["", "", "yang terintegrasi antar perangkat daerah.", "", "", "", ""],
        ["3", "Kebijakan Internal Rencana Induk SPBE",
            "Kebijakan internal rencana induk SPBE sebaiknya ditetapkan dengan memuat visi, misi, strategi, sasaran, arsitektur, dan peta rencana SPBE.",
            "1", "Menetapkan Peraturan Bupati tentang Rencana Induk SPBE", "31 Desember 2019", "Bappeda, DKIS"],
        ["9", "Kebijakan Internal Layanan Manajemen Kepegawaian",
            "Kebijakan internal layanan manajemen kepegawaian sebaiknya ditetapkan untuk semua perangkat daerah.",
            "1", "Menetapkan kebijakan layanan SIMPEG", "2019", "BKD"],
        ["13", "Kebijakan Internal Layanan Pengadaan",
            "Kebijakan internal layanan pengadaan sebaiknya dilengkapi dengan pengaturan integrasi dengan layanan SPBE lain.",
            "2", "Revisi Perbup layanan pengadaan secara elektronik", "30 Juni 2019", "Bag. PBJ"],
        ["21", "Anggaran dan Belanja Teknologi Informasi Komunikasi",
            "Perencanaan dan penganggaran TIK sebaiknya tertuang dalam rencana dan anggaran tahunan seluruh perangkat daerah.",
            "3", "Clearance belanja TIK oleh DKIS sebelum RKA ditetapkan", "2019", "Bappeda, BPKAD"],
        ["26", "Layanan Manajemen Kepegawaian",
            "Layanan manajemen kepegawaian sebaiknya ditingkatkan menjadi layanan transaksi",
            "1", "Mengembangkan SIMPEG menjadi layanan transaksi", "2019", "BKPSDM"],
        ["", "", "yang terintegrasi dengan layanan SPBE lainnya.", "", "", "", ""],
        ["33", "Layanan Dokumentasi dan Informasi Hukum",
            "Layanan jaringan dokumentasi dan informasi hukum (JDIH) sebaiknya ditingkatkan menjadi layanan kolaborasi.",
            "2", "Integrasi JDIH kabupaten dengan JDIHN", "Triwulan IV 2019", "Bag. Hukum"],
        ["34", "Perijinan Online",
            "Layanan publik sebaiknya ditingkatkan menjadi layanan kolaborasi.",
            "3", "Integrasi perizinan online dengan OSS", "2019", "Dinas Perijinan"],
    ];

    /// <summary>Current level and target of each of the 47 spbe-2024 indicators, in indicator order ("23" = level 2, target 3).</summary>
    const string LevelsAndTargets =
        "23 23 33 23 33 23 12 23 23 33 34 23 23 23 33 34 23 23 33 23 23 23 34 23 23 33 23 33 12 12 23 34 23 33 33 23 23 33 34 23 33 23 23 33 33 23 23";

    /// <summary>The levels CSV: "indikator,level,target", one row per indicator.</summary>
    public static string Levels => "indikator,level,target\n" + string.Concat(
        LevelsAndTargets.Split(' ').Select((pair, i) => $"{i + 1},{pair[0]},{pair[1]}\n"));

    public static readonly string[] NotulenLines =
    [
        "NOTULEN RAPAT",
        "Reviu Arsitektur SPBE Kabupaten Sukamaju",
        "",
        "Hari/tanggal : Senin, 9 November 2026, pukul 09.00 WIB",
        "Tempat       : Ruang Rapat Bappeda",
        "Pimpinan     : Kepala Bappeda",
        "Peserta      : DKIS, Bappeda, BPKAD, Bagian Hukum, Bagian Organisasi",
        "",
        "Pembahasan:",
        "1. Reviu dokumen Arsitektur SPBE Kabupaten terhadap RPJMD dan Peta Rencana SPBE.",
        "2. Arsitektur aplikasi dan data belum mencakup layanan kepegawaian dan perizinan.",
        "3. Hasil reviu dicatat dalam laporan reviu dan disampaikan kepada Tim Koordinasi SPBE.",
        "",
        "Kesimpulan:",
        "Arsitektur SPBE dimutakhirkan dan ditetapkan kembali paling lambat Desember 2026.",
        "",
        "Notulis: Budi Santoso (Bappeda)",
    ];

    public static readonly string[] ReportParagraphs =
    [
        "LAPORAN HASIL REVIU ARSITEKTUR SPBE",
        "Pemerintah Kabupaten Sukamaju, November 2026",
        "Reviu dilakukan oleh Tim Koordinasi SPBE terhadap dokumen Arsitektur SPBE Kabupaten yang berlaku.",
        "Rekomendasi: melengkapi arsitektur aplikasi dan data untuk layanan kepegawaian dan perizinan.",
    ];

    public static void WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        TypedSheets.Invariant(() => WritePlan(Path.Combine(folder, PlanXlsx)));
        File.WriteAllText(Path.Combine(folder, LevelsCsv), Levels, new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(folder, NotulenPdf), Pdf(NotulenLines));
        File.WriteAllBytes(Path.Combine(folder, ReportDocx), Docx(ReportParagraphs));
    }

    static void WritePlan(string path)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Monev 2019");
        string[] titles =
        [
            "MONEV PENINGKATAN INDEKS SPBE 2019",
            "PEMERINTAH KABUPATEN SUKAMAJU",
            "Catatan: tindak lanjut rekomendasi hasil evaluasi SPBE 2018; diperbarui 15 Maret 2019 oleh DKIS",
        ];
        for (var t = 0; t < titles.Length; t++)
        {
            sheet.Cell(t + 1, 1).Value = titles[t];
            sheet.Range(t + 1, 1, t + 1, Header.Length).Merge();
        }
        sheet.Range(1, 1, 2, 1).Style.Font.Bold = true;
        var headerRow = titles.Length + 2; // a blank row between the titles and the header
        for (var c = 0; c < Header.Length; c++) sheet.Cell(headerRow, c + 1).Value = Header[c];
        sheet.Row(headerRow).Style.Font.Bold = true;
        for (var r = 0; r < PlanRows.Length; r++)
            for (var c = 0; c < Header.Length; c++)
            {
                var cell = sheet.Cell(headerRow + 1 + r, c + 1);
                var text = PlanRows[r][c];
                // Numbers are numbers in a real sheet (No, level, a bare year), everything else text.
                if ((c is 0 or 3 or 5) && int.TryParse(text, out var n)) cell.Value = n; else cell.Value = text;
                cell.Style.Alignment.WrapText = true;
            }
        sheet.Column(1).Width = 5;
        sheet.Columns(2, 3).Width = 40;
        sheet.Column(5).Width = 40;
        sheet.Columns(6, 7).Width = 20;
        workbook.SaveAs(path);
    }

    /// <summary>A one-page PDF 1.4 with Helvetica text lines and a correct cross-reference table.</summary>
    public static byte[] Pdf(IEnumerable<string> lines)
    {
        static string Escape(string s) => s.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
        var content = new StringBuilder("BT /F1 11 Tf 14 TL 72 760 Td\n");
        foreach (var line in lines) content.Append($"({Escape(line)}) Tj T*\n");
        content.Append("ET");
        var stream = content.ToString();

        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Obj(string text)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(body.ToString()));
            body.Append($"{offsets.Count} 0 obj\n{text}\nendobj\n");
        }
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        Obj($"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream");
        Obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var xref = Encoding.ASCII.GetByteCount(body.ToString());
        body.Append($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) body.Append($"{o:D10} 00000 n \n");
        body.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    /// <summary>The smallest DOCX Word opens: content types, the package relationship and the document part.</summary>
    public static byte[] Docx(IEnumerable<string> paragraphs)
    {
        var document = new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        foreach (var p in paragraphs)
            document.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(System.Security.SecurityElement.Escape(p)).Append("</w:t></w:r></w:p>");
        document.Append("</w:body></w:document>");
        return Zip(
            ("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                "</Types>"),
            ("_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
                "</Relationships>"),
            ("word/document.xml", document.ToString()));
    }

    static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero); // same bytes on every run
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        return buffer.ToArray();
    }
}
