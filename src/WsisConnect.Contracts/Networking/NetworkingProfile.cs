namespace WsisConnect.Contracts.Networking;

/// <summary>What a person tells others about themselves, beyond the registration list.</summary>
/// <param name="ActionLines">Interests among C1-C11 (C7 areas as "C7 e-health").</param>
/// <param name="Sdgs">Interests among the SDGs 1-17.</param>
/// <param name="Tracks">Special tracks, for example "youth".</param>
/// <param name="Languages">Languages spoken, as ISO 639-1 codes.</param>
/// <param name="Bio">At most 500 characters.</param>
/// <param name="Links">At most 5 links of 200 characters.</param>
/// <param name="Listed">False leaves the directory entirely: the person is not found, suggested or shown as present.</param>
[Wire("wsis.NetworkingProfile")]
public sealed record NetworkingProfile(
    [property: WireMember(0)] string[] ActionLines,
    [property: WireMember(1)] int[] Sdgs,
    [property: WireMember(2)] string[] Tracks,
    [property: WireMember(3)] string[] Languages,
    [property: WireMember(4)] string Bio,
    [property: WireMember(5)] string[] Links,
    [property: WireMember(6)] ProfileVisibility Visibility,
    [property: WireMember(7)] bool Listed = true)
{
    /// <summary>An empty profile with default visibility.</summary>
    public static NetworkingProfile Empty { get; } = new([], [], [], [], string.Empty, [], new ProfileVisibility());
}
