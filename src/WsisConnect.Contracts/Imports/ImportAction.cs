namespace WsisConnect.Contracts.Imports;

/// <summary>What confirming an import does to one session or person.</summary>
public enum ImportAction
{
    /// <summary>New: not stored yet.</summary>
    Added = 0,
    /// <summary>Stored already, with different details: updated in place (same id).</summary>
    Changed = 1,
    /// <summary>Stored but no longer in the file: a session is taken off the agenda, a person revoked.</summary>
    Removed = 2,
}
