namespace WsisConnect.Server.Features.Forum;

/// <summary>The forum as the sign-in page introduces it.</summary>
public sealed record ForumInfo(string Name, DateOnly StartsOn, DateOnly EndsOn, string TimeZone, bool SelfRegistrationOpen);
