namespace WsisConnect.Server.Tests.Contract;

/// <summary>Who calls, in the authorisation matrix; in the order each endpoint is called, the organiser last.</summary>
public enum Role
{
    /// <summary>No token at all.</summary>
    Anonymous,
    /// <summary>A well-formed token signed with another key.</summary>
    Forged,
    /// <summary>An on-site attendee.</summary>
    Attendee,
    /// <summary>A remote participant.</summary>
    Remote,
    /// <summary>A moderator, of another session than the one called about.</summary>
    OtherModerator,
    /// <summary>A moderator of the session called about.</summary>
    SessionModerator,
    /// <summary>Registration staff: an attendee who registers walk-ins at the desk, and nothing more.</summary>
    RegistrationStaff,
    /// <summary>
    /// An organiser, who may moderate every session. Last: a call on a pre-arranged resource (a room to remove, a
    /// person to revoke) is refused to everyone else before the organiser's call uses it up.
    /// </summary>
    Organiser,
}
