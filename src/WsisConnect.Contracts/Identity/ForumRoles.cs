namespace WsisConnect.Contracts.Identity;

/// <summary>Roles the organisers hand out. Moderation of a particular session is granted by the session itself.</summary>
[Flags]
public enum ForumRoles
{
    /// <summary>No role beyond being registered.</summary>
    None = 0,
    /// <summary>A registered participant.</summary>
    Attendee = 1,
    /// <summary>Speaks in one or more sessions.</summary>
    Speaker = 2,
    /// <summary>Moderates one or more sessions (which ones is held by each session).</summary>
    Moderator = 4,
    /// <summary>Runs the forum: may moderate any session and change forum settings.</summary>
    Organiser = 8,
    /// <summary>Staffs the registration desk: registers walk-ins and prints their badge and code, and nothing else.</summary>
    RegistrationStaff = 16,
}
