namespace WsisConnect.Server.Tests.Contract;

/// <summary>Who calls, in the authorisation matrix. Registration staff join once that role exists.</summary>
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
    /// <summary>An organiser, who may moderate every session.</summary>
    Organiser,
}
