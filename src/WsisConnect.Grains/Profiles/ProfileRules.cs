using System.Text.RegularExpressions;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Profiles;

/// <summary>What a profile may hold.</summary>
public static partial class ProfileRules
{
    /// <summary>Refuses an over-long or malformed field with <see cref="ErrorCodes.Invalid"/>, naming it; returns the profile trimmed.</summary>
    public static NetworkingProfile Validate(NetworkingProfile profile)
    {
        var bio = (profile.Bio ?? string.Empty).Trim();
        Require(bio.Length <= NetworkingLimits.MaxBioLength, $"bio: at most {NetworkingLimits.MaxBioLength} characters.");
        var links = (profile.Links ?? []).Select(l => (l ?? string.Empty).Trim()).Where(l => l.Length > 0).ToArray();
        Require(links.Length <= NetworkingLimits.MaxLinks && links.All(l => l.Length <= NetworkingLimits.MaxLinkLength
            && Uri.TryCreate(l, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)),
            $"links: at most {NetworkingLimits.MaxLinks} http(s) links of {NetworkingLimits.MaxLinkLength} characters.");
        var actionLines = (profile.ActionLines ?? []).Distinct().ToArray();
        Require(actionLines.Length <= 19 && actionLines.All(a => ActionLine().IsMatch(a)), "actionLines: C1 to C11, C7 areas as 'C7 e-health'.");
        var sdgs = (profile.Sdgs ?? []).Distinct().Order().ToArray();
        Require(sdgs.All(s => s is >= 1 and <= 17), "sdgs: 1 to 17.");
        var tracks = (profile.Tracks ?? []).Select(t => (t ?? string.Empty).Trim()).Where(t => t.Length > 0).Distinct().ToArray();
        Require(tracks.Length <= NetworkingLimits.MaxTracks && tracks.All(t => t.Length <= 60), $"tracks: at most {NetworkingLimits.MaxTracks} of 60 characters.");
        var languages = (profile.Languages ?? []).Select(l => (l ?? string.Empty).Trim().ToLowerInvariant()).Distinct().ToArray();
        Require(languages.Length <= NetworkingLimits.MaxLanguages && languages.All(l => LanguageCode().IsMatch(l)), $"languages: at most {NetworkingLimits.MaxLanguages} ISO 639-1 codes.");
        var visibility = profile.Visibility ?? new ProfileVisibility();
        return profile with { Bio = bio, Links = links, ActionLines = actionLines, Sdgs = sdgs, Tracks = tracks, Languages = languages, Visibility = visibility };
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ForumException(ErrorCodes.Invalid, message);
        }
    }

    [GeneratedRegex("^(C([1-9]|1[01])|C7 e-(government|business|learning|health|employment|environment|agriculture|science))$")]
    private static partial Regex ActionLine();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
