using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SpbeBot.Bench;

/// <summary>A fake HTTP service on a random loopback port, without logs; subclasses answer every request.</summary>
abstract class LoopbackService : IAsyncDisposable
{
    WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    protected abstract Task ServeAsync(HttpContext http);

    protected async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(ServeAsync);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
