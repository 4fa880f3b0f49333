namespace WsisConnect.Contracts.Networking;

/// <summary>Why two people should meet, as a kind the app words in the reader's language.</summary>
public enum MatchReasonKind
{
    /// <summary>Both follow these WSIS action lines (<see cref="MatchReason.Codes"/>: "C2", "C7 e-health").</summary>
    SharedActionLines = 0,
    /// <summary>Both follow these Sustainable Development Goals (<see cref="MatchReason.Codes"/>: "3", "16").</summary>
    SharedSdgs = 1,
    /// <summary>Both checked in to <see cref="MatchReason.Count"/> of the same sessions; no codes.</summary>
    SessionsInCommon = 2,
    /// <summary>Both follow these special tracks (<see cref="MatchReason.Codes"/>: track ids such as "youth").</summary>
    SharedTracks = 3,
    /// <summary>
    /// Their stakeholder types complement each other (<see cref="MatchReason.Codes"/>: the reader's
    /// <see cref="Identity.StakeholderType"/> name, then the other person's).
    /// </summary>
    ComplementaryStakeholders = 4,
    /// <summary>Both speak these languages (<see cref="MatchReason.Codes"/>: ISO 639-1 codes such as "fr").</summary>
    CommonLanguages = 5,
}
