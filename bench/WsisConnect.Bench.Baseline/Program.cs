using System.Text.Json.Serialization;
using WsisConnect.Bench.Baseline;

// The yardstick the load tool compares WsisConnect with: the least a SignalR server must do to run a live poll.
// Same hub path, method names and JSON shapes as WsisConnect, so one load-tool code path drives both.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddSingleton<PollBook>();
builder.Services.AddHostedService<ResultsPublisher>();

var app = builder.Build();
app.MapGet("/health/live", () => "alive");
app.MapGet("/health/ready", () => "ready");
app.MapFakeAuth();
app.MapHub<BaselineHub>("/hubs/live");
await app.RunAsync();
