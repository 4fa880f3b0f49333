namespace WsisConnect.Server.Telemetry;

/// <summary>Export to an OpenTelemetry collector (section <c>OpenTelemetry:Otlp</c>); off while no endpoint is set.</summary>
public sealed class OtlpOptions
{
    /// <summary>The collector, e.g. <c>http://otel-collector:4317</c>; metrics and traces go there when set.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary><c>Grpc</c> (port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
    public string Protocol { get; set; } = "Grpc";
}
