using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Grains.Identity;

namespace WsisConnect.Grains.Registration;

/// <summary>Everything one write of the registration list changes, gathered before anything is stored.</summary>
public sealed class RegistrationPlan
{
    /// <summary>People to store as they now are.</summary>
    public List<RegisteredPerson> People { get; } = [];

    /// <summary>Codes to bind.</summary>
    public List<BoundCode> NewCodes { get; } = [];

    /// <summary>Code hashes that stop signing anyone in.</summary>
    public List<string> DroppedCodeHashes { get; } = [];

    /// <summary>Codes of people back on the list.</summary>
    public List<RestoredCode> RestoredCodes { get; } = [];

    /// <summary>People whose tokens issued until now stop working.</summary>
    public List<string> Revocations { get; } = [];

    /// <summary>New people to list in the directory as registered (they have no networking profile yet).</summary>
    public List<AttendeeProfile> Listed { get; } = [];

    /// <summary>Known people whose directory entry follows their new registration.</summary>
    public List<string> Refreshed { get; } = [];

    /// <summary>People to take out of the directory.</summary>
    public List<string> Unlisted { get; } = [];

    /// <summary>Per session, the people who start and stop moderating it.</summary>
    public Dictionary<string, (List<string> Added, List<string> Removed)> Moderators { get; } = new(StringComparer.Ordinal);

    /// <summary>Records who starts and stops moderating which sessions when a person's list moves from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public void Moderate(string attendeeId, IEnumerable<string> before, IEnumerable<string> after)
    {
        var old = before.ToHashSet(StringComparer.Ordinal);
        var now = after.ToHashSet(StringComparer.Ordinal);
        foreach (var session in now.Except(old)) For(session).Added.Add(attendeeId);
        foreach (var session in old.Except(now)) For(session).Removed.Add(attendeeId);
    }

    private (List<string> Added, List<string> Removed) For(string sessionId)
    {
        if (!Moderators.TryGetValue(sessionId, out var change))
        {
            Moderators[sessionId] = change = ([], []);
        }
        return change;
    }
}
