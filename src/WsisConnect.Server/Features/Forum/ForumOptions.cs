namespace WsisConnect.Server.Features.Forum;

/// <summary>Facts of the forum as a deployment sets them, bound from the <c>Forum</c> configuration section.</summary>
public sealed class ForumOptions
{
    /// <summary>
    /// Where people open the app (<c>https://connect.wsis.org</c>): printed and encoded on the room screen, in sign-in
    /// and badge links. Empty: the address the request came to, which behind a proxy or on the projector's own
    /// laptop may be one nobody in the hall can reach.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Whether <see cref="PublicUrl"/> is empty or an absolute http(s) address.</summary>
    public bool HasValidPublicUrl =>
        string.IsNullOrWhiteSpace(PublicUrl)
        || (Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
