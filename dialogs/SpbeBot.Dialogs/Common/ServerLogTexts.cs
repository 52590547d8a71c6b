namespace SpbeBot.Dialogs.Common;

/// <summary>What the server writes to its log, one language per line (the machine's): the inbox and outbox, the channels, the jobs.</summary>
public static class ServerLogTexts
{
    // Start-up
    public static readonly LogEvent Database = new("Basis data: {Location}", "Database: {Location}");
    public static readonly LogEvent EvidenceFiles = new(
        "Berkas bukti: {Root}; rekonsiliasi: {Temp} berkas sementara dihapus, {Orphans} berkas yatim dihapus, {Missing} hilang",
        "Evidence files: {Root}; reconciliation: {Temp} temporary files removed, {Orphans} orphaned files removed, {Missing} missing");
    public static readonly LogEvent EvidenceFileMissing = new("Berkas bukti hilang dari penyimpanan: {Sha256}", "An evidence file is missing from the store: {Sha256}");
    public static readonly LogEvent CatalogsReloaded = new("Katalog kriteria dimuat ulang: {Versions}", "Criteria catalogs reloaded: {Versions}");
    public static readonly LogEvent CatalogCheckFailed = new(
        "Pemeriksaan versi katalog hasil impor gagal; dicoba lagi dalam {Seconds} detik", "Checking for imported catalog versions failed; trying again in {Seconds} s");

    // Inbox
    public static readonly LogEvent InboxUnavailable = new("Kotak masuk tidak tersedia.", "The inbox is unavailable.");
    public static readonly LogEvent RepliedMarkNotWritten = new("Tanda balasan terkirim tidak tercatat ({Reason}).", "The mark that the replies left was not written ({Reason}).");
    public static readonly LogEvent RepliesLeftBeforeStop = new(
        "Pembaruan {Channel} {Id}: balasannya sudah terkirim sebelum server berhenti; tidak ditangani lagi.",
        "Update {Channel} {Id}: its replies had left before the server stopped; not handled again.");
    public static readonly LogEvent DatabaseAway = new(
        "Pembaruan {Channel} {Id}: basis data tidak tersedia sesaat ({Reason}); dicoba lagi.",
        "Update {Channel} {Id}: the database is away for a moment ({Reason}); trying again.");
    public static readonly LogEvent UpdateFailed = new("Pembaruan {Channel} {Id} gagal ditangani.", "Update {Channel} {Id} failed.");
    public static readonly LogEvent RepliesNotSent = new("Balasan untuk pembaruan {Channel} {Id} gagal dikirim.", "Sending the replies to update {Channel} {Id} failed.");
    public static readonly LogEvent UpdateKeptFailed = new("Pembaruan {Channel} {Id} disimpan sebagai gagal ({Reason}).", "Update {Channel} {Id} kept as failed ({Reason}).");
    public static readonly LogEvent InboxUnreadable = new("Kotak masuk tidak dapat dibaca ({Reason}); coba lagi.", "The inbox cannot be read ({Reason}); retrying.");
    public static readonly LogEvent HandledNotRecorded = new(
        "Pembaruan {Channel} {Id} belum dapat dicatat selesai ({Reason}); coba lagi.", "Update {Channel} {Id} could not be recorded as handled ({Reason}); retrying.");
    public static readonly LogEvent ClaimRanOut = new(
        "Percakapan {Conversation}: klaim habis selagi pembaruan {Id} ditangani; dilepas tanpa dicatat.",
        "Conversation {Conversation}: the claim ran out while update {Id} was handled; let go unrecorded.");
    public static readonly LogEvent SendBeforeRetryFailed = new("Pengiriman sebelum percobaan ulang gagal.", "A send before the retry failed.");
    public static readonly LogEvent LostClaimSendStopped = new("Pengiriman dari klaim yang habis dihentikan.", "A send of a lost claim stopped.");
    public static readonly LogEvent LeasesNotRenewed = new("Sewa percakapan tidak dapat diperpanjang ({Reason}).", "Conversation leases could not be renewed ({Reason}).");
    public static readonly LogEvent InboxNotPurged = new("Kotak masuk tidak dapat dibersihkan ({Reason}).", "The inbox could not be purged ({Reason}).");
    public static readonly LogEvent LanguageNotFound = new(
        "Bahasa orang tidak dapat dicari; memakai petunjuk platform.", "The person's language could not be looked up; using the platform's hint.");

    // Outbox
    public static readonly LogEvent OutboxRetry = new("Pengiriman pesan keluar gagal, dicoba lagi.", "Sending the outbox failed; it will be tried again.");
    public static readonly LogEvent ThisServerSends = new("Server ini mengirim pesan keluar ({Sender}).", "This server delivers the outgoing messages ({Sender}).");
    public static readonly LogEvent TookOverDeadSender = new(
        "Pesan keluar dari pengirim yang mati diambil alih: {Freed} dikirim lagi, {InDoubt} tidak pasti (tidak dikirim ulang).",
        "Took over a dead sender's outgoing messages: {Freed} sent again, {InDoubt} in doubt (not sent again).");
    public static readonly LogEvent SenderNotRetired = new("Pengirim tidak dapat mengundurkan diri.", "The sender could not retire.");
    public static readonly LogEvent LeftMarkNotWritten = new("Tanda terkirim {Id} tidak tercatat ({Reason}).", "The mark that {Id} left was not written ({Reason}).");
    public static readonly LogEvent OutgoingFailed = new("Pesan keluar {Id} gagal dikirim.", "Outgoing message {Id} failed.");
    public static readonly LogEvent OutcomeNotRecorded = new(
        "Hasil pengiriman {Id} tidak tercatat; dikirim lagi setelah sewa habis.", "The outcome of {Id} was not recorded; it is sent again when its lease runs out.");

    // Teams
    public static readonly LogEvent ConnectorRateLimited = new("Connector membatasi (429), menunggu {Wait}s.", "The connector rate-limits (429); waiting {Wait}s.");
    public static readonly LogEvent ConnectorRefused = new("Connector menolak permintaan ({Status}).", "The connector refused a request ({Status}).");
    public static readonly LogEvent MessagesRefused = new("Permintaan /api/messages ditolak (401): {Problem}.", "A request to /api/messages was refused (401): {Problem}.");
    public static readonly LogEvent ActivityRefused = new(
        "Kotak masuk tidak tersedia ({Reason}); aktivitas ditolak sementara.", "The inbox is unavailable ({Reason}); the activity is refused for now.");
    public static readonly LogEvent ReferenceNotStored = new("Referensi percakapan Teams tidak tersimpan.", "The Teams conversation reference was not stored.");
    public static readonly LogEvent TeamsDialogFailed = new("Dialog gagal untuk pesan Teams.", "The dialog failed for a Teams message.");
    public static readonly LogEvent SigningKeysUnavailable = new(
        "Kunci penandatangan Bot Framework tidak dapat diambil ({Failure}); /api/messages menjawab 503 sampai tersedia.",
        "The Bot Framework signing keys could not be fetched ({Failure}); /api/messages answers 503 until they can.");
    public static readonly LogEvent TeamsUploadRefused = new("Unggah berkas ke Teams ditolak ({Status}).", "A file upload to Teams was refused ({Status}).");
    public static readonly LogEvent TeamsUploadFailed = new("Unggah berkas ke Teams gagal.", "A file upload to Teams failed.");

    // Telegram
    public static readonly LogEvent TelegramOff = new("Telegram nonaktif: SPBEBOT__TELEGRAM__TOKEN belum diisi.", "Telegram is off: SPBEBOT__TELEGRAM__TOKEN is not set.");
    public static readonly LogEvent TelegramWebhookOn = new("Telegram aktif (webhook di {Path}).", "Telegram is on (webhook at {Path}).");
    public static readonly LogEvent TelegramPollingOn = new("Telegram aktif (long polling).", "Telegram is on (long polling).");
    public static readonly LogEvent TelegramStopped = new("Kanal Telegram berhenti karena kesalahan.", "The Telegram channel stopped after an error.");
    public static readonly LogEvent BotNameNotStored = new("Nama bot Telegram tidak tersimpan ({Reason}).", "The bot's Telegram username was not stored ({Reason}).");
    public static readonly LogEvent TelegramBot = new("Bot Telegram: @{Username}", "Telegram bot: @{Username}");
    public static readonly LogEvent TelegramStandby = new("Server lain sedang menerima pesan Telegram; server ini siaga.", "Another server polls Telegram; this one stands by.");
    public static readonly LogEvent PollingLockUnavailable = new("Kunci polling Telegram tidak tersedia ({Reason}).", "The Telegram polling lock is unavailable ({Reason}).");
    public static readonly LogEvent GetUpdatesUnreadable = new("Telegram getUpdates tidak dapat dibaca; coba lagi dalam {Wait}s.", "Telegram getUpdates could not be read; retrying in {Wait}s.");
    public static readonly LogEvent GetUpdatesOneByOne = new(
        "getUpdates per update tidak dapat dibaca ({Kind}).", "getUpdates could not be read update by update ({Kind}).");
    public static readonly LogEvent UpdateUnreadable = new(
        "Telegram update {UpdateId} tidak dapat dibaca ({Reason}) dan disimpan sebagai gagal.", "Telegram update {UpdateId} is unreadable ({Reason}) and was kept as failed.");
    public static readonly LogEvent GetUpdatesFailed = new("Telegram getUpdates gagal ({Reason}); coba lagi dalam {Wait}s.", "Telegram getUpdates failed ({Reason}); retrying in {Wait}s.");
    public static readonly LogEvent RateLimitedGivenUp = new(
        "Telegram {Method}: dibatasi (429, retry_after {Wait}s), dibatalkan.", "Telegram {Method}: rate limited (429, retry_after {Wait}s); given up.");
    public static readonly LogEvent RateLimitedEveryChatWaits = new(
        "Telegram {Method}: dibatasi (429), semua obrolan menunggu {Wait}s.", "Telegram {Method}: rate limited (429); every chat waits {Wait}s.");
    public static readonly LogEvent RateLimitedThisChatWaits = new(
        "Telegram {Method}: dibatasi (429), obrolan ini menunggu {Wait}s.", "Telegram {Method}: rate limited (429); this chat waits {Wait}s.");
    public static readonly LogEvent RateLimitedWaiting = new("Telegram {Method}: dibatasi (429), menunggu {Wait}s.", "Telegram {Method}: rate limited (429); waiting {Wait}s.");
    public static readonly LogEvent Forbidden = new(
        "Telegram {Method}: ditolak (403: {Reason}); pengguna memblokir bot atau keluar dari obrolan.",
        "Telegram {Method}: forbidden (403: {Reason}); the user blocked the bot or left the chat.");
    public static readonly LogEvent FailedAfterTries = new("Telegram {Method}: gagal setelah {Tries} percobaan ({Reason}).", "Telegram {Method}: failed after {Tries} tries ({Reason}).");
    public static readonly LogEvent Refused = new("Telegram {Method}: ditolak ({Reason}).", "Telegram {Method}: refused ({Reason}).");
    public static readonly LogEvent SendShareNotRenewed = new("Bagian batas kirim tidak dapat diperbarui ({Reason}).", "The send share could not be renewed ({Reason}).");
    public static readonly LogEvent SendShareNotLeft = new("Bagian batas kirim tidak dapat dilepas: {Reason}", "Leaving the send share failed: {Reason}");
    public static readonly LogEvent WebhookBodyUnreadable = new("Webhook Telegram: isi permintaan tidak dapat dibaca.", "Telegram webhook: the request body cannot be read.");
    public static readonly LogEvent WebhookBodyInvalid = new("Webhook Telegram: isi permintaan tidak sah ({Reason}).", "Telegram webhook: the request body is not valid ({Reason}).");
    public static readonly LogEvent WebhookInboxUnavailable = new(
        "Webhook Telegram: kotak masuk tidak tersedia ({Reason}); Telegram akan mengirim ulang.", "Telegram webhook: the inbox is unavailable ({Reason}); Telegram will send it again.");
    public static readonly LogEvent TelegramUpdateFailed = new("Telegram update {UpdateId} gagal diproses.", "Telegram update {UpdateId} failed to be processed.");
    public static readonly LogEvent ChatFloods = new("Akun chat mengirim terlalu cepat; dijawab sekali lalu diam.", "A chat account floods the bot; answered once, then silent.");
    public static readonly LogEvent TelegramDialogFailed = new("Dialog gagal untuk pesan {Kind} di obrolan Telegram.", "The dialog failed for a {Kind} message in a Telegram chat.");
    public static readonly LogEvent FileToSendMissing = new("Berkas untuk dikirim tidak ada.", "The file to send does not exist.");

    // Jobs
    public static readonly LogEvent HangfireOn = new("Hangfire aktif; pengingat harian: \"{Cron}\" ({Zone}).", "Hangfire is on; daily reminders: \"{Cron}\" ({Zone}).");
    public static readonly LogEvent ScheduleLocked = new(
        "Jadwal {Id} sedang dikunci server lain; jadwal yang tersimpan tetap dipakai.", "The schedule {Id} is locked by another server; the stored one stays.");
    public static readonly LogEvent Reminders = new(
        "Pengingat: {Due} butir jatuh tempo, {New} baru, {Messages} pesan, {Escalations} eskalasi",
        "Reminders: {Due} items due, {New} new, {Messages} messages, {Escalations} escalations");
    public static readonly LogEvent Retention = new(
        "Retensi: {Outbox} pesan, {Invites} undangan, {States} langkah dialog, {Offers} tawaran berkas dihapus",
        "Retention: {Outbox} messages, {Invites} invites, {States} dialog steps, {Offers} file offers deleted");
    public static readonly LogEvent Digest = new(
        "Ringkasan mingguan: {People} penerima (0 = sudah terkirim pekan ini)", "Weekly digest: {People} recipients (0 = already sent this week)");
    public static readonly LogEvent PrecheckDone = new("Pemeriksaan awal bukti #{Id}: selesai", "Pre-check of evidence #{Id}: done");
    public static readonly LogEvent PrecheckNothingNow = new("Pemeriksaan awal bukti #{Id}: tidak ada yang dikerjakan sekarang", "Pre-check of evidence #{Id}: nothing to do now");
    public static readonly LogEvent PrechecksFinished = new("Pemeriksaan awal: {Count} bukti selesai dibaca", "Pre-check: {Count} evidence files read");
}
