namespace WsisConnect.Demo;

/// <summary>A person on the generated registration list, with what the agenda needs to cast them as a speaker.</summary>
/// <param name="Credit">How programmes print them: "H.E. Ms Amina Diallo, Minister of ICT, Senegal".</param>
/// <param name="Senior">Holds one of the most senior titles of their organisation.</param>
internal sealed record DemoRegistrant(DemoPerson Person, string Credit, bool Senior, DemoCountry Country)
{
    public string Id => Person.Profile.Id;

    public string Title => Person.Profile.Title;

    public bool IsMinisterial => Title.StartsWith("Minister of", StringComparison.Ordinal) || Title.StartsWith("Vice-Minister", StringComparison.Ordinal);

    public bool IsRegulatorHead => Senior && Person.Profile.Organisation.Contains("Regulatory", StringComparison.Ordinal);

    public bool IsParliamentarian => Person.Profile.Organisation.StartsWith("National Parliament", StringComparison.Ordinal);
}
