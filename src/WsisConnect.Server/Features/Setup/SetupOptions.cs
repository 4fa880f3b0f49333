namespace WsisConnect.Server.Features.Setup;

/// <summary>How a forum without an organiser gets its first one, bound from the <c>Setup</c> configuration section.</summary>
public sealed class SetupOptions
{
    /// <summary>
    /// A personal access code for the first organiser. Set, the server registers an organiser with it at start
    /// (once); unset, a server without an organiser prints a one-time setup code instead.
    /// </summary>
    public string? OrganiserCode { get; set; }

    /// <summary>The name of the organiser registered with <see cref="OrganiserCode"/>.</summary>
    public string OrganiserName { get; set; } = "Forum organiser";
}
