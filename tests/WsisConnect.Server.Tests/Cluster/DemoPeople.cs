using WsisConnect.Demo;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>The demo forum's fixed people, as the server prints them at start-up, for tests that run it with its demo.</summary>
public static class DemoPeople
{
    public static string OnSite => DemoForum.FeaturedCodes[0].Code;
    public static string Remote => DemoForum.FeaturedCodes[1].Code;
    public static string Moderator => DemoForum.FeaturedCodes[2].Code;
    public static string Organiser => DemoForum.FeaturedCodes[3].Code;

    /// <summary>The opening session: pre-moderated, moderated by the demo moderator.</summary>
    public const string PreModeratedSession = "s001";

    /// <summary>An open session the demo moderator runs.</summary>
    public const string OpenSession = "s004";
}
