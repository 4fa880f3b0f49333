using Microsoft.Extensions.DependencyInjection;

namespace WsisConnect.Demo;

/// <summary>Plugs the demo forum into a host.</summary>
public static class DemoSetup
{
    /// <summary>
    /// Binds <see cref="DemoOptions"/> from <c>Demo</c> and adds the start-up step that loads the demo into an empty
    /// store when <c>Demo:Enabled</c>. Call it after the silo is added and before any start-up step that needs the
    /// demo's organiser (forum setup), since hosted services start in the order they are added.
    /// </summary>
    public static IServiceCollection AddWsisDemo(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration("Demo");
        services.AddSingleton<DemoForumLoader>();
        services.AddHostedService<DemoForumStartup>();
        return services;
    }
}
