namespace WsisConnect.Server.Tests.Organisers;

/// <summary>Who calls, in the organisers' access table.</summary>
public enum AccessRole
{
    /// <summary>No token.</summary>
    Anonymous,
    /// <summary>An on-site attendee.</summary>
    Attendee,
    /// <summary>A remote participant.</summary>
    Remote,
    /// <summary>A moderator of the session called about.</summary>
    Moderator,
    /// <summary>Registration staff: walk-ins only.</summary>
    RegistrationStaff,
    /// <summary>An organiser.</summary>
    Organiser,
}
