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
}
