using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>Which people to list: a text (name, organisation, external id, e-mail), where they take part from, whether revoked ones too, and a page.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PeopleQuery")]
public sealed record PeopleQuery(
    [property: Id(0)] string? Text,
    [property: Id(1)] Participation? Participation,
    [property: Id(2)] PersonSource? Source,
    [property: Id(3)] bool IncludeRevoked,
    [property: Id(4)] int Skip,
    [property: Id(5)] int Take);
