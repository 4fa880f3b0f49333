using Microsoft.Extensions.Logging;

namespace WsisConnect.Demo;

/// <summary>The demo loader's log lines.</summary>
internal static partial class DemoForumLoaderLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Demo data {Version} is already loaded; leaving the store as it is")]
    public static partial void DemoAlreadyLoaded(this ILogger logger, string version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Loading demo data {Version}: {SessionCount} sessions, {PeopleCount} people")]
    public static partial void DemoLoading(this ILogger logger, string version, int sessionCount, int peopleCount);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Demo data {Version} loaded: {SessionCount} sessions, {PeopleCount} people in {ElapsedMilliseconds} ms")]
    public static partial void DemoLoaded(this ILogger logger, string version, int sessionCount, int peopleCount, long elapsedMilliseconds);
}
