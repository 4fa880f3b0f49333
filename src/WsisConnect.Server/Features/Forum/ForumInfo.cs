namespace WsisConnect.Server.Features.Forum;

/// <summary>The forum as the sign-in page introduces it.</summary>
/// <param name="NeedsSetup">True until the forum has an organiser: the app then offers "Set up this forum" with the setup code printed at start.</param>
/// <param name="PublicUrl">Where people open the app (<c>Forum:PublicUrl</c>, else the address this request came to), as the room screen prints it.</param>
public sealed record ForumInfo(string Name, DateOnly StartsOn, DateOnly EndsOn, string TimeZone, bool SelfRegistrationOpen, bool NeedsSetup, string PublicUrl);
