namespace WsisConnect.Contracts.Networking;

/// <summary>The visibility of each profile field; the name is shown wherever the person is listed.</summary>
[GenerateSerializer, Immutable, Alias("wsis.ProfileVisibility")]
public sealed record ProfileVisibility(
    [property: Id(0)] FieldVisibility Organisation = FieldVisibility.Everyone,
    [property: Id(1)] FieldVisibility Title = FieldVisibility.Everyone,
    [property: Id(2)] FieldVisibility Country = FieldVisibility.Everyone,
    [property: Id(3)] FieldVisibility StakeholderType = FieldVisibility.Everyone,
    [property: Id(4)] FieldVisibility Interests = FieldVisibility.Everyone,
    [property: Id(5)] FieldVisibility Languages = FieldVisibility.Everyone,
    [property: Id(6)] FieldVisibility Bio = FieldVisibility.Contacts,
    [property: Id(7)] FieldVisibility Links = FieldVisibility.Contacts);
