namespace WsisConnect.Contracts.Networking;

/// <summary>The visibility of each profile field; the name is shown wherever the person is listed.</summary>
[Wire("wsis.ProfileVisibility")]
public sealed record ProfileVisibility(
    [property: WireMember(0)] FieldVisibility Organisation = FieldVisibility.Everyone,
    [property: WireMember(1)] FieldVisibility Title = FieldVisibility.Everyone,
    [property: WireMember(2)] FieldVisibility Country = FieldVisibility.Everyone,
    [property: WireMember(3)] FieldVisibility StakeholderType = FieldVisibility.Everyone,
    [property: WireMember(4)] FieldVisibility Interests = FieldVisibility.Everyone,
    [property: WireMember(5)] FieldVisibility Languages = FieldVisibility.Everyone,
    [property: WireMember(6)] FieldVisibility Bio = FieldVisibility.Contacts,
    [property: WireMember(7)] FieldVisibility Links = FieldVisibility.Contacts);
