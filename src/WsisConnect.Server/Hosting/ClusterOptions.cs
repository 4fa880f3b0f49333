namespace WsisConnect.Server.Hosting;

/// <summary>How this node joins the Orleans cluster, bound from the <c>Orleans</c> configuration section.</summary>
public sealed class WsisClusterOptions
{
    /// <summary>Nodes with the same cluster id and store form one cluster.</summary>
    public string ClusterId { get; set; } = "wsis";

    /// <summary>Names the deployment's stored state; keep it across upgrades.</summary>
    public string ServiceId { get; set; } = "wsisconnect";

    /// <summary>Port for silo-to-silo traffic.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port for external Orleans clients.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other nodes reach this one at. Unset: loopback with the embedded store (a single node), else the
    /// first non-loopback IPv4 address (a container or host on a network).
    /// </summary>
    public string? AdvertisedIP { get; set; }

    /// <summary>
    /// How long a node waits for a liveness probe answer from another node before counting it as missed (Orleans'
    /// <c>ClusterMembershipOptions.ProbeTimeout</c>, also the probe period). Chosen by measurement: see the README.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Missed probes in a row after which a node votes another dead (<c>NumMissedProbesLimit</c>).</summary>
    public int MissedProbesLimit { get; set; } = 2;

    /// <summary>Votes needed to declare a node dead (<c>NumVotesForDeathDeclaration</c>); Orleans caps it at the number of live nodes.</summary>
    public int DeathVotes { get; set; } = 2;

    /// <summary>
    /// How long a grain call waits for its answer before it fails with a <c>TimeoutException</c> (Orleans'
    /// <c>MessagingOptions.ResponseTimeout</c>): a call caught on a node that died fails after this, not Orleans' 30 s.
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
