using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Pwa;

/// <summary>
/// What a phone on a venue's Wi-Fi downloads: the PWA this build produced (src/WsisConnect.Server/pwa), served from
/// its precompressed copies with long-lived caching for hashed files, and the API's JSON compressed.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed partial class PwaDeliveryTests(ForumServerFixture server)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task HashedScriptComesAsBrotliAndImmutable()
    {
        using var http = Plain();
        var script = HashedScript().Match(await http.GetStringAsync("/").WaitAsync(Bound)).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(script), "index.html names no hashed script: is the PWA built into pwa/?");
        var original = await http.GetByteArrayAsync(script).WaitAsync(Bound);

        using var response = await GetAsync(http, script, "gzip, deflate, br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.EndsWith("javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var caching = response.Headers.CacheControl!;
        Assert.True(caching.Public);
        Assert.Equal(TimeSpan.FromDays(365), caching.MaxAge);
        Assert.Contains(caching.Extensions, e => e.Name == "immutable");
        var body = await response.Content.ReadAsByteArrayAsync().WaitAsync(Bound);
        Assert.True(body.Length < original.Length / 2, $"{body.Length} bytes compressed of {original.Length}");
        await using var brotli = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await brotli.CopyToAsync(decoded).WaitAsync(Bound);
        Assert.Equal(original, decoded.ToArray());
    }

    [Fact]
    public async Task ScriptIsGzippedForABrowserWithoutBrotliAndPlainForOneWithNeither()
    {
        using var http = Plain();
        var script = HashedScript().Match(await http.GetStringAsync("/").WaitAsync(Bound)).Groups[1].Value;

        using var gzipped = await GetAsync(http, script, "gzip");
        using var plain = await GetAsync(http, script, "identity");

        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.EndsWith("javascript", plain.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sw.js")]
    [InlineData("/manifest.webmanifest")]
    public async Task UnhashedFilesAreRevalidatedOnEveryUse(string path)
    {
        using var http = Plain();

        using var response = await GetAsync(http, path, "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task AgendaJsonIsCompressed(string encoding)
    {
        await server.CreateSessionAsync(QuestionMode.Open);
        using var http = Plain();

        using var response = await GetAsync(http, "/api/agenda", encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        await using var body = await response.Content.ReadAsStreamAsync().WaitAsync(Bound);
        await using Stream decoded = encoding == "br"
            ? new BrotliStream(body, CompressionMode.Decompress)
            : new GZipStream(body, CompressionMode.Decompress);
        using var agenda = await JsonDocument.ParseAsync(decoded).WaitAsync(Bound);
        Assert.True(agenda.RootElement.GetProperty("sessions").GetArrayLength() > 0);
    }

    /// <summary>A client that shows the bytes as they travel (no decompression of its own).</summary>
    private HttpClient Plain() =>
        new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = server.BaseAddress, Timeout = Bound };

    private static Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return http.SendAsync(request).WaitAsync(Bound);
    }

    [GeneratedRegex(@"src=""(/assets/[^""]+\.js)""")]
    private static partial Regex HashedScript();
}
