using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Registration;

namespace WsisConnect.Grains.Registration;

/// <summary>How a list row becomes a profile, and how two rows are told apart.</summary>
public static class RegistrationRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A hash of everything the row says (its line aside): equal rows change nothing on re-import.</summary>
    public static string Fingerprint(RegistrationRow row) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(row with { Line = 0 }, Json))))[..32];

    /// <summary>The profile a row describes; whoever moderates a session gets the moderator role, everyone the attendee role.</summary>
    public static AttendeeProfile ToProfile(string attendeeId, RegistrationRow row) => new(
        attendeeId, row.Name, row.Organisation, row.Title, row.Country, row.StakeholderType,
        row.Roles | ForumRoles.Attendee | (row.Sessions.Length > 0 ? ForumRoles.Moderator : ForumRoles.None),
        row.Participation, row.Language);

    /// <summary>A fresh attendee id: not guessable, and telling nothing of the external id.</summary>
    public static string NewAttendeeId() => "p" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>The profile fields that differ between two profiles, by their wire names.</summary>
    public static string[] ChangedFields(AttendeeProfile before, AttendeeProfile after, RegistrationEntry entry, RegistrationRow row)
    {
        var fields = new List<string>();
        if (before.Name != after.Name) fields.Add("name");
        if (before.Organisation != after.Organisation) fields.Add("organisation");
        if (before.Title != after.Title) fields.Add("title");
        if (before.Country != after.Country) fields.Add("country");
        if (before.StakeholderType != after.StakeholderType) fields.Add("stakeholderType");
        if (before.Participation != after.Participation) fields.Add("participation");
        if (before.Roles != after.Roles) fields.Add("roles");
        if (before.Language != after.Language) fields.Add("language");
        if (!entry.Sessions.SequenceEqual(row.Sessions)) fields.Add("sessions");
        if (entry.Email != row.Email) fields.Add("email");
        if (entry.Status == PersonStatus.Revoked) fields.Add("status");
        return [.. fields];
    }

    /// <summary>Whether the change makes the person's tokens say the wrong thing (roles, on site or remote): then they are revoked.</summary>
    public static bool ClaimsChanged(AttendeeProfile before, AttendeeProfile after) =>
        before.Roles != after.Roles || before.Participation != after.Participation || before.Name != after.Name;
}
