namespace WsisConnect.Contracts.Imports;

/// <summary>What a file loads.</summary>
public enum ImportKind
{
    /// <summary>The agenda: a frab/pretalx <c>schedule.json</c> or an agenda CSV.</summary>
    Agenda = 0,
    /// <summary>The registration list: a CSV export of the organisers' registration system.</summary>
    Registration = 1,
}
