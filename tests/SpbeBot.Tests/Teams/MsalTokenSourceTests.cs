using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using SpbeBot.Host.Channels.Teams;

namespace SpbeBot.Tests.Teams;

/// <summary>The bot's own token: real MSAL against a fake Entra ID token endpoint (MSAL's HTTP goes to a handler in memory).</summary>
public class MsalTokenSourceTests
{
    sealed class FakeEntraId : HttpMessageHandler, IMsalHttpClientFactory
    {
        public List<(Uri Url, string Body)> Requests { get; } = [];
        public HttpClient GetHttpClient() => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
            lock (Requests) Requests.Add((request.RequestUri!, body));
            var json = request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                ? """{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"token-from-fake-entra"}"""
                : """{"error":"not_found"}""";
            return new HttpResponseMessage(json.Contains("error") ? HttpStatusCode.NotFound : HttpStatusCode.OK)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
        }
    }

    [Fact]
    public async Task Client_credentials_go_to_the_single_tenant_authority_and_are_cached_until_expiry()
    {
        var entra = new FakeEntraId();
        var options = Options.Create(new TeamsOptions
        {
            AppId = FakeBotFramework.AppId, AppPassword = "rahasia-aplikasi", TenantId = "tenant-1", AuthorityHost = "https://login.entra.test",
        });
        var source = new MsalTokenSource(options, entra);

        Assert.Equal("token-from-fake-entra", await source.GetTokenAsync(CancellationToken.None));
        Assert.Equal("token-from-fake-entra", await source.GetTokenAsync(CancellationToken.None));

        var token = Assert.Single(entra.Requests, r => r.Url.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
        Assert.Equal("https://login.entra.test/tenant-1/oauth2/v2.0/token", token.Url.GetLeftPart(UriPartial.Path));
        Assert.Contains("grant_type=client_credentials", token.Body);
        Assert.Contains($"client_id={FakeBotFramework.AppId}", token.Body);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", token.Body);
        Assert.Contains("client_secret=rahasia-aplikasi", token.Body);
    }

    [Fact]
    public async Task A_certificate_signs_a_client_assertion_instead_of_sending_a_secret()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=SpbeBot", rsa,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pfx = Path.Combine(Path.GetTempPath(), $"spbebot-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "sandi"));
        try
        {
            var entra = new FakeEntraId();
            var source = new MsalTokenSource(Options.Create(new TeamsOptions
            {
                AppId = FakeBotFramework.AppId, TenantId = "tenant-1", AuthorityHost = "https://login.entra.test", CertificatePath = pfx, CertificatePassword = "sandi",
            }), entra);
            Assert.Equal("token-from-fake-entra", await source.GetTokenAsync(CancellationToken.None));
            var token = Assert.Single(entra.Requests, r => r.Url.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
            Assert.Contains("client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer", token.Body);
            Assert.DoesNotContain("client_secret", token.Body);
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
