using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Registration;

/// <summary>The checks a walk-in (or the first organiser) must pass: those of the registration list.</summary>
public static class WalkInValidation
{
    /// <summary>Field errors, empty when acceptable.</summary>
    public static Dictionary<string, string[]> Validate(WalkInRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "name", request.Name, 2, 100, required: true);
        Check(errors, "organisation", request.Organisation, 0, 150);
        Check(errors, "title", request.Title, 0, 150);
        Check(errors, "externalId", request.ExternalId, 0, 100);
        if (Countries.Resolve(request.Country) is null) errors["country"] = ["A country (ISO code such as KE) is required."];
        if (request.StakeholderType is not { } type || !Enum.IsDefined(type)) errors["stakeholderType"] = ["A stakeholder type is required."];
        if (request.Language is { } language && !WsisConnect.Server.Auth.Registration.Languages.Contains(language)) errors["language"] = ["One of ar, zh, en, fr, ru, es."];
        if (request.Email is { Length: > 0 } email && (email.Length > 200 || !email.Contains('@') || email.Any(char.IsWhiteSpace) || CsvCells.IsFormula(email)))
        {
            errors["email"] = ["Not an e-mail address."];
        }
        return errors;
    }

    /// <summary>The registration row of a valid request.</summary>
    public static RegistrationRow ToRow(WalkInRequest request, Participation participation, ForumRoles roles) => new(
        0, string.IsNullOrWhiteSpace(request.ExternalId) ? null : request.ExternalId.Trim(), request.Name!.Trim(), request.Organisation?.Trim() ?? string.Empty,
        request.Title?.Trim() ?? string.Empty, Countries.Resolve(request.Country)!, request.StakeholderType!.Value, participation, roles, [],
        string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(), request.Language ?? "en");

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, int min, int max, bool required = false)
    {
        var text = value?.Trim() ?? string.Empty;
        if ((required || text.Length > 0) && (text.Length < min || text.Length > max))
        {
            errors[field] = [$"{min} to {max} characters."];
        }
        else if (CsvCells.IsFormula(text))
        {
            errors[field] = ["May not start with =, +, - or @."];
        }
    }
}
