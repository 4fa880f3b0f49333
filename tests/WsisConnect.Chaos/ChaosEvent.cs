namespace WsisConnect.Chaos;

/// <summary>What happens to the cluster at one moment of a chaos run.</summary>
public enum ChaosAction
{
    /// <summary>SIGKILL one node.</summary>
    KillNode,

    /// <summary>Start a killed node again on its ports.</summary>
    RestartNode,

    /// <summary>SIGSTOP the store for a while, then SIGCONT.</summary>
    PauseStore,

    /// <summary>SIGKILL the store and start it again on its append-only file after a while.</summary>
    RestartStore,
}

/// <summary>One fault injected <see cref="At"/> after the load started.</summary>
public sealed record ChaosEvent(TimeSpan At, ChaosAction Action, int Node = 0, TimeSpan Duration = default)
{
    /// <inheritdoc />
    public override string ToString() => Action switch
    {
        ChaosAction.KillNode => $"kill -9 node {Node}",
        ChaosAction.RestartNode => $"restart node {Node}",
        ChaosAction.PauseStore => $"pause the store {Duration.TotalSeconds:0} s",
        _ => $"kill -9 the store, start it again on its append-only file {Duration.TotalSeconds:0} s later",
    };

    /// <summary>When the fault ends and the store or node is expected to answer again, after the load started.</summary>
    public TimeSpan Ends => Action is ChaosAction.PauseStore or ChaosAction.RestartStore ? At + Duration : At;
}
