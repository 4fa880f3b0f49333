using System.Text.Json.Serialization;
using WsisConnect.Bench.Baseline;

// The yardstick the load tool compares WsisConnect with: the least a server must do to run a live poll (SignalR)
// and the prize vote (HTTP). Same paths, method names and JSON shapes as WsisConnect, so one load-tool code path drives both.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddSingleton<PollBook>();
builder.Services.AddSingleton<PrizeBook>();
builder.Services.AddHostedService<ResultsPublisher>();

var app = builder.Build();
app.MapGet("/health/live", () => "alive");
app.MapGet("/health/ready", () => "ready");
app.MapFakeAuth();
app.MapBaselinePrizes();
app.MapHub<BaselineHub>("/hubs/live");
await app.RunAsync();
