namespace WsisConnect.Bench.Networking;

/// <summary>Sizes of the networking scenarios (<c>contacts</c> and <c>matchmaking</c>); every field has the README's default.</summary>
public sealed record NetworkingOptions
{
    /// <summary>People registered and connected for the contacts scenario.</summary>
    public int People { get; init; } = 1_000;

    /// <summary>Contacts made among them, half by badge scan and half by request and accept.</summary>
    public int Contacts { get; init; } = 5_000;

    /// <summary>Profiles generated and loaded into the directory for matchmaking.</summary>
    public int Profiles { get; init; } = 60_000;

    /// <summary>Recommendation queries sent.</summary>
    public int Queries { get; init; } = 2_000;

    /// <summary>Contacts being made at once.</summary>
    public int ContactsInFlight { get; init; } = 64;

    /// <summary>People who ask for suggestions, each on its own connection.</summary>
    public int QueryPeople { get; init; } = 200;

    /// <summary>Recommendation queries in flight at once.</summary>
    public int QueriesInFlight { get; init; } = 8;

    /// <summary>Suggestions asked for per query.</summary>
    public int SuggestionsPerQuery { get; init; } = 10;

    /// <summary>The smoke run's sizes: a quick end-to-end check of exactness, not a measurement.</summary>
    public static NetworkingOptions Smoke { get; } = new() { People = 30, Contacts = 60, Profiles = 500, Queries = 50, QueryPeople = 20 };
}
