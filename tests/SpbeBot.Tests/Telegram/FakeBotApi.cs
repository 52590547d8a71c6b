using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>One Bot API call as the fake saw it: method, parameters (JSON or form), the status it answered, when.</summary>
public sealed record ApiCall(string Method, JsonObject Params, int Status, DateTimeOffset At)
{
    /// <summary>Files sent with a multipart call (sendDocument, sendPhoto).</summary>
    public IReadOnlyList<UploadedFile> Files { get; init; } = [];

    public string? Text => Params["text"]?.GetValue<string>();
    public long? ChatId => Params["chat_id"] is { } id ? long.Parse(id.ToString()) : null;

    /// <summary>The inline keyboard's rows of (label, callback_data), empty when there is none.</summary>
    public IReadOnlyList<IReadOnlyList<(string Label, string Data)>> Keyboard =>
        Params["reply_markup"]?["inline_keyboard"]?.AsArray()
            .Select(row => (IReadOnlyList<(string, string)>)row!.AsArray()
                .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>())).ToList())
            .ToList() ?? [];
}

/// <summary>A file the bot sent: the parameter it was sent as ("document", "photo"), its file name and bytes.</summary>
public sealed record UploadedFile(string Field, string FileName, byte[] Content);

/// <summary>
/// A minimal Telegram Bot API server on a random loopback port, for driving the real Telegram.Bot client.
/// Serves /bot{token}/{method} with JSON, form or empty bodies (Telegram.Bot 22 posts JSON, and nothing for
/// parameterless methods), records every call, hands out enqueued updates through long-polling getUpdates
/// with offsets, and can refuse a method or fail its next calls with 429 (retry_after) or 5xx.
/// Like the real one it refuses over-long texts, over-long callback_data, and getUpdates while a webhook is set.
/// </summary>
public sealed class FakeBotApi : LoopbackService
{
    public const string Token = "123456:FAKE-token_for-tests";
    public const string BotUsername = "SpbeTestBot";

    readonly Lock _gate = new();
    readonly List<ApiCall> _calls = [];
    readonly List<JsonObject> _updates = [];
    readonly Dictionary<int, string> _rawUpdates = [];
    readonly Dictionary<string, (int Code, string Description)> _refused = [];
    readonly Dictionary<string, Queue<(int Code, int? RetryAfter)>> _failures = [];
    readonly Dictionary<string, (byte[] Content, string Path)> _files = [];
    readonly HashSet<long> _blockedChats = [];
    readonly List<(long Chat, DateTimeOffset At)> _accepted = [];
    (double Overall, double PerChat)? _limits;
    TaskCompletionSource _updatesChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _nextUpdateId = 1000;
    bool _polling;
    int _nextMessageId = 1;

    public string? WebhookUrl { get; private set; }
    public string? WebhookSecret { get; private set; }

    public static async Task<FakeBotApi> StartAsync()
    {
        var fake = new FakeBotApi();
        await fake.ListenAsync();
        return fake;
    }

    // ───────────── what tests arrange ─────────────

    /// <summary>Every later call of <paramref name="method"/> fails with this error.</summary>
    public void Refuse(string method, int code = 400, string description = "Bad Request: refused by the test")
    {
        lock (_gate) _refused[method] = (code, description);
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with <paramref name="code"/>.</summary>
    public void FailNext(string method, int code, int? retryAfter = null, int times = 1)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(method, out var queue)) _failures[method] = queue = new();
            for (var i = 0; i < times; i++) queue.Enqueue((code, retryAfter));
        }
    }

    /// <summary>This user blocked the bot: every send to their chat answers 403.</summary>
    public void BlockChat(long chatId)
    {
        lock (_gate) _blockedChats.Add(chatId);
    }

    /// <summary>
    /// Telegram's limits, enforced: a send beyond <paramref name="perSecondOverall"/> in the last second, or a second
    /// message to one chat within 1/<paramref name="perSecondPerChat"/> s, answers 429 with retry_after.
    /// </summary>
    public void EnforceLimits(double perSecondOverall = 30, double perSecondPerChat = 1)
    {
        lock (_gate) _limits = (perSecondOverall, perSecondPerChat);
    }

    /// <summary>How many 429s the fake answered.</summary>
    public int TooManyRequests => Calls.Count(c => c.Status == 429);

    /// <summary>Queues an update for getUpdates; assigns update_id when it has none. Returns the update_id.</summary>
    public int Enqueue(JsonObject update) => EnqueueTogether(update)[0];

    /// <summary>Queues updates at once, so one getUpdates answer carries them all (e.g. a redelivered duplicate).</summary>
    public IReadOnlyList<int> EnqueueTogether(params JsonObject[] updates)
    {
        lock (_gate)
        {
            foreach (var update in updates)
            {
                update["update_id"] ??= _nextUpdateId++;
                _updates.Add(update);
            }
            _updatesChanged.TrySetResult();
            _updatesChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return updates.Select(u => u["update_id"]!.GetValue<int>()).ToList();
        }
    }

    /// <summary>A fresh update id, for tests that build updates themselves.</summary>
    public int NextUpdateId()
    {
        lock (_gate) return _nextUpdateId++;
    }

    public int EnqueueText(long chatId, string text, int? updateId = null) => Enqueue(TextUpdate(chatId, text, updateId));

    public int EnqueueButton(long chatId, string callbackData, int? updateId = null) => Enqueue(ButtonUpdate(chatId, callbackData, updateId));

    /// <summary>A file users can send: getFile answers for its id, and its bytes are served for download.</summary>
    public void AddFile(string fileId, byte[] content, string filePath)
    {
        lock (_gate) _files[fileId] = (content, filePath);
    }

    /// <summary>
    /// A document message; with <paramref name="content"/> the file can also be downloaded. With
    /// <paramref name="sizeUnknown"/> the message announces no file_size (Telegram may leave it out).
    /// </summary>
    public int EnqueueDocument(long chatId, string fileName, string? caption = null, byte[]? content = null, string? mediaGroupId = null, long? announcedSize = null, bool sizeUnknown = false) =>
        Enqueue(DocumentUpdate(chatId, chatId, fileName, caption, content, mediaGroupId, announcedSize, sizeUnknown));

    /// <summary>A document sent by <paramref name="userId"/> into the group chat <paramref name="groupId"/> (negative, like Telegram's).</summary>
    public int EnqueueGroupDocument(long groupId, long userId, string fileName, string? caption = null, byte[]? content = null) =>
        Enqueue(DocumentUpdate(groupId, userId, fileName, caption, content, null, null, false));

    /// <summary>A text sent by <paramref name="userId"/> into the group chat <paramref name="groupId"/>.</summary>
    public int EnqueueGroupText(long groupId, long userId, string text) =>
        Enqueue(Update(null, new JsonObject { ["message"] = Message(groupId, new JsonObject { ["text"] = text }, userId) }));

    JsonObject DocumentUpdate(long chatId, long userId, string fileName, string? caption, byte[]? content, string? mediaGroupId, long? announcedSize, bool sizeUnknown)
    {
        var fileId = "DOC-" + Guid.NewGuid().ToString("N")[..10];
        if (content is not null) AddFile(fileId, content, "documents/" + fileId + Path.GetExtension(fileName));
        var document = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u-" + fileId, ["file_name"] = fileName, ["mime_type"] = "application/pdf" };
        if (!sizeUnknown) document["file_size"] = announcedSize ?? content?.Length ?? 12345;
        return Update(null, new JsonObject
        {
            ["message"] = Message(chatId, new JsonObject
            {
                ["document"] = document,
                ["caption"] = caption,
                ["media_group_id"] = mediaGroupId,
            }, userId),
        });
    }

    /// <summary>
    /// Queues an update given as raw JSON text (e.g. with a lone surrogate escape such as "\ud800", which real Telegram
    /// passes on as it came); its update_id is assigned here. Returns the update_id.
    /// </summary>
    public int EnqueueRaw(Func<int, string> json)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            _rawUpdates[id] = json(id);
            _updates.Add(new JsonObject { ["update_id"] = id, ["raw"] = true });
            _updatesChanged.TrySetResult();
            _updatesChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return id;
        }
    }

    /// <summary>A photo message in three sizes; the largest has <paramref name="content"/>, the smaller ones other bytes.</summary>
    public int EnqueuePhoto(long chatId, byte[] content, string? caption = null, string? mediaGroupId = null)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        AddFile("PHOTO-S-" + id, [1, 2, 3], "photos/s-" + id + ".jpg");
        AddFile("PHOTO-L-" + id, content, "photos/l-" + id + ".jpg");
        JsonObject Size(string fileId, int side, long size) => new() { ["file_id"] = fileId, ["file_unique_id"] = "u-" + fileId, ["width"] = side, ["height"] = side, ["file_size"] = size };
        return Enqueue(Update(null, new JsonObject
        {
            ["message"] = Message(chatId, new JsonObject
            {
                ["photo"] = new JsonArray(Size("PHOTO-S-" + id, 90, 3), Size("PHOTO-L-" + id, 1280, content.Length)),
                ["caption"] = caption,
                ["media_group_id"] = mediaGroupId,
            }),
        }));
    }

    public int EnqueueSticker(long chatId) => Enqueue(Update(null, new JsonObject
    {
        ["message"] = Message(chatId, new JsonObject
        {
            ["sticker"] = new JsonObject { ["file_id"] = "STK", ["file_unique_id"] = "u-stk", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false },
        }),
    }));

    public static JsonObject TextUpdate(long chatId, string text, int? updateId = null) =>
        Update(updateId, new JsonObject { ["message"] = Message(chatId, new JsonObject { ["text"] = text }) });

    public static JsonObject ButtonUpdate(long chatId, string callbackData, int? updateId = null) => Update(updateId, new JsonObject
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = "cb-" + Guid.NewGuid().ToString("N")[..12],
            ["from"] = User(chatId),
            ["chat_instance"] = "ci-" + chatId,
            ["data"] = callbackData,
            ["message"] = Message(chatId, new JsonObject { ["text"] = "(pesan dengan tombol)" }),
        },
    });

    static JsonObject Update(int? updateId, JsonObject body)
    {
        if (updateId is int id) body["update_id"] = id;
        return body;
    }

    static JsonObject Message(long chatId, JsonObject content, long? fromId = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = Random.Shared.Next(1, 1_000_000),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = chatId < 0
                ? new JsonObject { ["id"] = chatId, ["type"] = "group", ["title"] = "Tim SPBE" }
                : new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Budi" },
            ["from"] = User(fromId ?? chatId),
        };
        foreach (var (key, value) in content.ToList())
        {
            content.Remove(key);
            if (value is not null) message[key] = value;
        }
        return message;
    }

    static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Budi", ["last_name"] = "Santoso", ["language_code"] = "id" };

    // ───────────── what tests inspect ─────────────

    public IReadOnlyList<ApiCall> Calls
    {
        get { lock (_gate) return _calls.ToList(); }
    }

    public IReadOnlyList<ApiCall> CallsTo(string method) => Calls.Where(c => c.Method == method).ToList();

    /// <summary>Messages that were accepted (200) for a chat, in order.</summary>
    public IReadOnlyList<ApiCall> Delivered(long chatId) =>
        Calls.Where(c => c.Method == "sendMessage" && c.Status == 200 && c.ChatId == chatId).ToList();

    // ───────────── the server ─────────────

    protected override async Task ServeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            await ServeFileAsync(http, path["/file/bot".Length..]);
            return;
        }
        // /bot{token}/{method}
        var slash = path.IndexOf('/', 1);
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 0)
        {
            await WriteAsync(http, 404, Error(404, "Not Found"));
            return;
        }
        var token = path[4..slash];
        var method = path[(slash + 1)..];
        if (token != Token)
        {
            await WriteAsync(http, 401, Error(401, "Unauthorized"));
            return;
        }
        var (parameters, files) = await ReadParametersAsync(http.Request);
        var (status, body) = await AnswerAsync(method, parameters, http.RequestAborted);
        lock (_gate) _calls.Add(new ApiCall(method, parameters, status, DateTimeOffset.UtcNow) { Files = files });
        if (method == "sendMessage" && SendDelay > TimeSpan.Zero) await Task.Delay(SendDelay / 2);   // the answer's way back
        await WriteAsync(http, status, body);
    }

    /// <summary>
    /// How long every sendMessage takes before it is answered (a slow network): half on the way in, then it is handled
    /// and recorded — also when the bot has gone meanwhile (a request that reached Telegram is carried out; closing the
    /// connection does not take it back) — and half on the answer's way out.
    /// </summary>
    public TimeSpan SendDelay { get; set; }

    async Task<(int Status, JsonObject Body)> AnswerAsync(string method, JsonObject p, CancellationToken aborted)
    {
        if (method == "sendMessage" && SendDelay > TimeSpan.Zero) await Task.Delay(SendDelay / 2, CancellationToken.None);
        lock (_gate)
        {
            if (_refused.TryGetValue(method, out var refusal)) return (refusal.Code, Error(refusal.Code, refusal.Description));
            if (_failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var failure))
                return (failure.Code, Error(failure.Code, failure.Code switch
                {
                    429 => $"Too Many Requests: retry after {failure.RetryAfter}",
                    403 => "Forbidden: bot was blocked by the user",
                    _ => "Internal Server Error",
                }, failure.RetryAfter));
        }
        if (method is "sendMessage" or "sendDocument" or "sendPhoto" && long.TryParse(p["chat_id"]?.ToString(), out var chat))
        {
            lock (_gate)
            {
                if (_blockedChats.Contains(chat)) return (403, Error(403, "Forbidden: bot was blocked by the user"));
                var now = DateTimeOffset.UtcNow;
                if (_limits is var (overall, perChat))
                {
                    var lastSecond = _accepted.Where(a => a.At > now.AddSeconds(-1)).ToList();
                    var lastToChat = _accepted.LastOrDefault(a => a.Chat == chat);
                    var chatFree = lastToChat.At == default ? now : lastToChat.At.AddSeconds(1 / perChat);
                    if (lastSecond.Count >= overall || chatFree > now)
                    {
                        var wait = Math.Max(1, (int)Math.Ceiling(((chatFree > now ? chatFree : lastSecond[0].At.AddSeconds(1)) - now).TotalSeconds));
                        return (429, Error(429, $"Too Many Requests: retry after {wait}", wait));
                    }
                }
                _accepted.Add((chat, now));
            }
        }
        return method switch
        {
            "getMe" => Ok(new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "SpbeBot Test", ["username"] = BotUsername }),
            "getUpdates" => await GetUpdatesAsync(p, aborted),
            "sendMessage" => SendMessage(p),
            "answerCallbackQuery" or "setMyCommands" => Ok(true),
            "setWebhook" => SetWebhook(p),
            "deleteWebhook" => DeleteWebhook(),
            "getFile" => GetFile(p),
            "sendDocument" or "sendPhoto" => Ok(new JsonObject
            {
                ["message_id"] = Interlocked.Increment(ref _nextMessageId),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = long.Parse(p["chat_id"]!.ToString()), ["type"] = "private" },
            }),
            _ => (404, Error(404, "Not Found: method not found")),
        };
    }

    /// <summary>Like Telegram, only one getUpdates at a time: a second poller gets 409 Conflict.</summary>
    async Task<(int, JsonObject)> GetUpdatesAsync(JsonObject p, CancellationToken aborted)
    {
        lock (_gate)
        {
            if (_polling) return (409, Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
            _polling = true;
        }
        try
        {
            return await PollAsync(p, aborted);
        }
        finally
        {
            lock (_gate) _polling = false;
        }
    }

    async Task<(int, JsonObject)> PollAsync(JsonObject p, CancellationToken aborted)
    {
        var offset = Number(p, "offset") ?? 0;
        var limit = Number(p, "limit") ?? 100;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(Number(p, "timeout") ?? 0);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (WebhookUrl is not null)
                    return (409, Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
                // Like Telegram: an offset confirms (forgets) every update below it.
                _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                var ready = _updates.Where(u => u["update_id"]!.GetValue<int>() >= offset).Take((int)limit).ToList();
                if (ready.Count > 0 && ready.Any(u => u["raw"] is not null))
                    return (200, RawOk(ready));
                if (ready.Count > 0)
                    return Ok(new JsonArray(ready.Select(u => (JsonNode)u.DeepClone()).ToArray()));
                changed = _updatesChanged.Task;
            }
            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero) return Ok(new JsonArray());
            try
            {
                await changed.WaitAsync(remaining, aborted);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return Ok(new JsonArray());   // the client went away (shutdown); nobody reads this
            }
        }
    }

    /// <summary>A getUpdates answer holding raw updates: written as text, so what System.Text.Json would refuse gets through.</summary>
    JsonObject RawOk(List<JsonObject> ready)
    {
        var parts = ready.Select(u => u["raw"] is not null ? _rawUpdates[u["update_id"]!.GetValue<int>()] : u.ToJsonString());
        return new JsonObject { [RawBody] = "{\"ok\":true,\"result\":[" + string.Join(",", parts) + "]}" };
    }

    const string RawBody = "__raw_body__";

    (int, JsonObject) SendMessage(JsonObject p)
    {
        var text = p["text"]?.ToString() ?? "";
        if (p["chat_id"] is null) return (400, Error(400, "Bad Request: chat_id is empty"));
        if (text.Trim().Length == 0) return (400, Error(400, "Bad Request: message text is empty"));
        if (text.Length > 4096) return (400, Error(400, "Bad Request: message is too long"));
        var buttons = p["reply_markup"]?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()) ?? [];
        if (buttons.Any(b => Encoding.UTF8.GetByteCount(b!["callback_data"]?.ToString() ?? "") is 0 or > 64))
            return (400, Error(400, "Bad Request: BUTTON_DATA_INVALID"));
        int id;
        lock (_gate) id = _nextMessageId++;
        return Ok(new JsonObject
        {
            ["message_id"] = id,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = long.Parse(p["chat_id"]!.ToString()), ["type"] = "private" },
            ["text"] = text,
        });
    }

    (int, JsonObject) GetFile(JsonObject p)
    {
        var id = p["file_id"]?.ToString() ?? "";
        lock (_gate)
            return !_files.TryGetValue(id, out var file) ? (400, Error(400, "Bad Request: invalid file_id"))
                : file.Content.Length > 20 * 1024 * 1024 ? (400, Error(400, "Bad Request: file is too big"))
                : Ok(new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u-" + id, ["file_size"] = file.Content.Length, ["file_path"] = file.Path });
    }

    async Task ServeFileAsync(HttpContext http, string rest)
    {
        // {token}/{file_path}
        var slash = rest.IndexOf('/');
        byte[]? content = null;
        if (slash > 0 && rest[..slash] == Token)
            lock (_gate) content = _files.Values.FirstOrDefault(f => f.Path == rest[(slash + 1)..]).Content;
        if (content is null)
        {
            http.Response.StatusCode = 404;
            return;
        }
        http.Response.ContentType = "application/octet-stream";
        Interlocked.Increment(ref _fileServes);
        if (FileBytesPerSecond is not { } rate)
        {
            await http.Response.Body.WriteAsync(content);
            return;
        }
        // At a set bandwidth, in pieces of a quarter second (a slow download a test can kill the server in the middle of).
        http.Response.ContentLength = content.Length;
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var sent = 0; sent < content.Length;)
        {
            var size = Math.Min(Math.Clamp(rate / 4, 64, 16 * 1024), content.Length - sent);
            await http.Response.Body.WriteAsync(content.AsMemory(sent, size), http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            sent += size;
            var due = TimeSpan.FromSeconds(sent / (double)rate) - System.Diagnostics.Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero) await Task.Delay(due, http.RequestAborted);
        }
    }

    int _fileServes;

    /// <summary>Downloads of a user's file that began (issue 17u: a download interrupted by a kill begins again after the restart).</summary>
    public int FileServes => Volatile.Read(ref _fileServes);

    /// <summary>When set, users' files are served at this many bytes a second.</summary>
    public int? FileBytesPerSecond { get; set; }

    (int, JsonObject) SetWebhook(JsonObject p)
    {
        lock (_gate)
        {
            WebhookUrl = p["url"]?.ToString();
            WebhookSecret = p["secret_token"]?.ToString();
        }
        return Ok(true);
    }

    (int, JsonObject) DeleteWebhook()
    {
        lock (_gate) WebhookUrl = WebhookSecret = null;
        return Ok(true);
    }

    static long? Number(JsonObject p, string name) => p[name] is { } node && long.TryParse(node.ToString(), out var n) ? n : null;

    static (int, JsonObject) Ok(JsonNode result) => (200, new JsonObject { ["ok"] = true, ["result"] = result });

    static JsonObject Error(int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is int seconds) error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        return error;
    }

    /// <summary>The Bot API takes query string, JSON, urlencoded or multipart parameters; form values holding JSON are parsed.</summary>
    static async Task<(JsonObject, IReadOnlyList<UploadedFile>)> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        var files = new List<UploadedFile>();
        foreach (var (key, value) in request.Query) parameters[key] = FormValue(value.ToString());
        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject json)
                foreach (var (key, value) in json.ToList())
                {
                    json.Remove(key);
                    parameters[key] = value;
                }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form) parameters[key] = FormValue(value.ToString());
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                // Telegram.Bot names the part "0" and passes document=attach://0; report the parameter it stands for.
                var field = form.FirstOrDefault(f => f.Value.ToString() == "attach://" + file.Name).Key ?? file.Name;
                files.Add(new UploadedFile(field, file.FileName, buffer.ToArray()));
            }
        }
        return (parameters, files);
    }

    static JsonNode? FormValue(string value) =>
        value.StartsWith('{') || value.StartsWith('[') ? JsonNode.Parse(value) : JsonValue.Create(value);

    static Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(body[RawBody] is { } raw ? raw.GetValue<string>() : body.ToJsonString());
    }
}
