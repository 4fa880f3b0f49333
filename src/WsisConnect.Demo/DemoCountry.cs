namespace WsisConnect.Demo;

/// <summary>A country people register from.</summary>
/// <param name="Code">ISO 3166-1 alpha-2.</param>
/// <param name="Language">The UN language most delegates from there pick: en, fr, es, ru, zh or ar.</param>
/// <param name="Weight">Relative size of the delegation; the host country and large delegations weigh more.</param>
internal sealed record DemoCountry(string Code, string Name, DemoNameCulture Culture, string Language, int Weight = 1);
