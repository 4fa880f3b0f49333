namespace WsisConnect.Contracts.Forum;

/// <summary>Switches the organisers control for the whole forum.</summary>
/// <param name="SelfRegistrationOpen">Whether remote participants may register themselves.</param>
[Wire("wsis.ForumSettings")]
public sealed record ForumSettings(
    [property: WireMember(0)] bool SelfRegistrationOpen);
