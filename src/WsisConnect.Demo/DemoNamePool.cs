namespace WsisConnect.Demo;

/// <summary>Given and family names of one naming tradition.</summary>
internal sealed record DemoNamePool(
    IReadOnlyList<string> Women,
    IReadOnlyList<string> Men,
    IReadOnlyList<string> Families)
{
    /// <summary>A full name in given-family order.</summary>
    public string Compose(Random random, DemoGender gender)
    {
        var woman = gender switch
        {
            DemoGender.Woman => true,
            DemoGender.Man => false,
            _ => random.Next(2) == 0,
        };
        var given = woman ? Women[random.Next(Women.Count)] : Men[random.Next(Men.Count)];
        var family = Families[random.Next(Families.Count)];
        // Russian, Bulgarian and Central Asian family names take the feminine ending: Ivanov, Ivanova.
        if (woman && (family.EndsWith("ov", StringComparison.Ordinal) || family.EndsWith("ev", StringComparison.Ordinal)))
        {
            family += "a";
        }
        return $"{given} {family}";
    }
}
