using System.Text.RegularExpressions;

namespace WsisConnect.Server.Security;

/// <summary>Response security settings, bound from <c>Security</c>.</summary>
public sealed partial class SecurityOptions
{
    /// <summary>
    /// Who may embed the room screen (<c>/room/{sessionId}</c>) in a frame: origins separated by spaces, such as
    /// <c>https://wsis.example.org https://*.itu.int</c>, or <c>'self'</c>. Empty (the default): nobody. Every other
    /// page may never be framed.
    /// </summary>
    public string RoomScreenFrameAncestors { get; set; } = "";

    /// <summary>The configured origins, each checked to be an origin and nothing else (no path, no separator).</summary>
    public IReadOnlyList<string> FrameAncestorList() =>
        RoomScreenFrameAncestors.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether every configured entry is <c>'self'</c> or a scheme, host and optional port.</summary>
    public bool IsValid() => FrameAncestorList().All(o => o == "'self'" || OriginPattern().IsMatch(o));

    [GeneratedRegex(@"^https?://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex OriginPattern();
}
