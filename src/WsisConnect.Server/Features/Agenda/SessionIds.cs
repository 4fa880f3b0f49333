using System.Text.RegularExpressions;

namespace WsisConnect.Server.Features.Agenda;

/// <summary>The rule for session ids: short slugs (a frab guid fits), so no junk activates a grain.</summary>
public static partial class SessionIds
{
    /// <summary>Whether <paramref name="id"/> is 1 to 64 letters, digits, '-' or '_'.</summary>
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Pattern();
}
