namespace WsisConnect.Demo;

/// <summary>One of the fixed demo accounts, for the start-up banner and the docs.</summary>
/// <param name="Role">What the account shows off, for example "On-site attendee".</param>
/// <param name="Code">The access code to type in, for example <c>WSIS-SITE-2025</c>.</param>
public sealed record FeaturedDemoCode(string Role, string Code, string AttendeeId, string Name);
