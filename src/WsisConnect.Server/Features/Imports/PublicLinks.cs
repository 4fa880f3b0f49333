using Microsoft.Extensions.Options;
using WsisConnect.Server.Features.Forum;

namespace WsisConnect.Server.Features.Imports;

/// <summary>Links into the app that go on paper and into e-mails: the personal sign-in link and the badge's contact link.</summary>
public sealed class PublicLinks(IOptions<ForumOptions> forum, IOptions<ImportOptions> imports)
{
    /// <summary>
    /// The app's address: <c>Forum:PublicUrl</c>, else <c>Imports:PublicUrl</c> (its first name, still read), else
    /// the address the request came to.
    /// </summary>
    public string Origin(HttpRequest request) =>
        (FirstSet(forum.Value.PublicUrl, imports.Value.PublicUrl) ?? $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');

    /// <summary>Opens the app's sign-in with the code filled in.</summary>
    public string SignIn(HttpRequest request, string code) => $"{Origin(request)}/#/signin?code={Uri.EscapeDataString(code)}";

    /// <summary>What a badge's QR code holds: scanning it makes the two people contacts (as on the person's own badge page).</summary>
    public string Contact(HttpRequest request, string token) => $"{Origin(request)}/#/scan/{Uri.EscapeDataString(token)}";

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
