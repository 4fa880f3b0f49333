namespace WsisConnect.Contracts.Imports;

/// <summary>Where an import is: nothing is applied until an organiser confirms its preview.</summary>
public enum ImportState
{
    /// <summary>Read and compared with what is stored; nothing applied.</summary>
    Previewed = 0,
    /// <summary>Confirmed and applied.</summary>
    Applied = 1,
    /// <summary>Thrown away without applying anything.</summary>
    Discarded = 2,
}
