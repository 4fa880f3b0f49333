using System.Security.Cryptography;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Server.Auth;

/// <summary>Checks a self-registration and turns it into a profile.</summary>
public static class Registration
{
    /// <summary>The six UN languages the forum speaks.</summary>
    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(["ar", "zh", "en", "fr", "ru", "es"], StringComparer.Ordinal);

    /// <summary>Field errors, empty when the request is acceptable.</summary>
    public static Dictionary<string, string[]> Validate(RegistrationRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is < 2 or > 100)
        {
            errors["name"] = ["A name of 2 to 100 characters is required."];
        }
        if ((request.Organisation?.Trim().Length ?? 0) > 150)
        {
            errors["organisation"] = ["The organisation may be at most 150 characters."];
        }
        if (request.Country is not { Length: 2 } country || !country.All(char.IsAsciiLetter))
        {
            errors["country"] = ["A two-letter ISO 3166 country code is required, for example KE."];
        }
        if (request.StakeholderType is not { } type || !Enum.IsDefined(type))
        {
            errors["stakeholderType"] = ["A stakeholder type is required: " + string.Join(", ", Enum.GetNames<StakeholderType>()) + "."];
        }
        if (request.Language is not { } language || !Languages.Contains(language))
        {
            errors["language"] = ["The language must be one of ar, zh, en, fr, ru, es."];
        }
        return errors;
    }

    /// <summary>The profile of a validated request: a remote attendee with a fresh id.</summary>
    public static AttendeeProfile ToProfile(RegistrationRequest request) => new(
        Id: "r" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
        Name: request.Name!.Trim(),
        Organisation: request.Organisation?.Trim() ?? string.Empty,
        Title: string.Empty,
        Country: request.Country!.ToUpperInvariant(),
        StakeholderType: request.StakeholderType!.Value,
        Roles: ForumRoles.Attendee,
        Participation: Participation.Remote,
        Language: request.Language!);
}
