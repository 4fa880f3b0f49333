namespace WsisConnect.Demo;

/// <summary>A WSIS action line (or one of the eight areas of C7) that holds a facilitation meeting at the forum.</summary>
/// <param name="Code">C1 to C11.</param>
/// <param name="Area">For C7, the application area (e-health, ...); otherwise null.</param>
/// <param name="Facilitators">The UN entities that facilitate it.</param>
/// <param name="Sdgs">The goals the WSIS-SDG matrix links it to most strongly.</param>
internal sealed record DemoActionLine(string Code, string Title, string? Area, string Facilitators, IReadOnlyList<int> Sdgs);
