namespace WsisConnect.Chaos;

/// <summary>The demo forum's fixed sign-in codes that a chaos run uses (published in the README).</summary>
public static class DemoCodes
{
    /// <summary>Mei Lin, who moderates s001 to s005.</summary>
    public const string Moderator = "WSIS-MODR-2025";
}
