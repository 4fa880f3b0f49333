using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Demo;

/// <summary>The WSIS Forum 2025 demo: the agenda of the week and the registration list.</summary>
/// <param name="Sessions">About 250 sessions, ids <c>s001</c> onwards in chronological order.</param>
/// <param name="People">Registered people, the four featured demo accounts first.</param>
public sealed record DemoForum(IReadOnlyList<SessionDetails> Sessions, IReadOnlyList<DemoPerson> People)
{
    /// <summary>Recorded by the forum grain once loaded; bump it when the generated content changes.</summary>
    public const string Version = "wsis-2025.2";

    /// <summary>The fixed access codes a presenter types in, in the order worth printing at start-up.</summary>
    public static IReadOnlyList<FeaturedDemoCode> FeaturedCodes { get; } = DemoFeaturedPeople.Codes;
}
