using WsisConnect.Contracts.Identity;

namespace WsisConnect.Demo;

/// <summary>A registered demo person and the personal access code that signs them in.</summary>
public sealed record DemoPerson(AttendeeProfile Profile, string AccessCode)
{
    /// <summary>
    /// Not part of the profile; kept so the demo can be checked against the forum's published gender balance
    /// and so speaker credits carry the right honorific.
    /// </summary>
    public DemoGender Gender { get; init; }
}
