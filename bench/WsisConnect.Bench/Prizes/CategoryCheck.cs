namespace WsisConnect.Bench.Prizes;

/// <summary>One category's acknowledged votes against the organiser's totals.</summary>
public sealed record CategoryCheck(string CategoryId, long Acked, long Counted, bool NomineesMatch)
{
    /// <summary>The totals and every nominee's votes match.</summary>
    public bool Exact => Acked == Counted && NomineesMatch;
}
