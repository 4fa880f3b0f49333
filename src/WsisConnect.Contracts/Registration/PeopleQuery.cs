using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>Which people to list: a text (name, organisation, external id, e-mail), where they take part from, whether revoked ones too, and a page.</summary>
[Wire("wsis.PeopleQuery")]
public sealed record PeopleQuery(
    [property: WireMember(0)] string? Text,
    [property: WireMember(1)] Participation? Participation,
    [property: WireMember(2)] PersonSource? Source,
    [property: WireMember(3)] bool IncludeRevoked,
    [property: WireMember(4)] int Skip,
    [property: WireMember(5)] int Take);
