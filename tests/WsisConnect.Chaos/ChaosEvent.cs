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
}

/// <summary>One fault injected <see cref="At"/> after the load started.</summary>
public sealed record ChaosEvent(TimeSpan At, ChaosAction Action, int Node = 0, TimeSpan Duration = default)
{
    /// <inheritdoc />
    public override string ToString() => Action switch
    {
        ChaosAction.KillNode => $"kill -9 node {Node}",
        ChaosAction.RestartNode => $"restart node {Node}",
        _ => $"pause the store {Duration.TotalSeconds:0} s",
    };
}
