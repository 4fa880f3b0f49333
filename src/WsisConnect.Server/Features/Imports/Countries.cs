using System.Globalization;

namespace WsisConnect.Server.Features.Imports;

/// <summary>
/// ISO 3166-1 alpha-2 codes (the list the app's country picker offers), and the English and local names that
/// registration systems export instead, mapped back to codes.
/// </summary>
public static class Countries
{
    private static readonly string[] Codes = (
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
        "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
        "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
        "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
        "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' ');

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["uk"] = "GB", ["unitedkingdom"] = "GB", ["greatbritain"] = "GB", ["england"] = "GB", ["usa"] = "US", ["unitedstates"] = "US",
        ["unitedstatesofamerica"] = "US", ["russia"] = "RU", ["russianfederation"] = "RU", ["southkorea"] = "KR", ["republicofkorea"] = "KR",
        ["korearepublicof"] = "KR", ["northkorea"] = "KP", ["turkey"] = "TR", ["turkiye"] = "TR", ["ivorycoast"] = "CI", ["cotedivoire"] = "CI",
        ["iran"] = "IR", ["iranislamicrepublicof"] = "IR", ["syria"] = "SY", ["vietnam"] = "VN", ["laos"] = "LA", ["bolivia"] = "BO",
        ["venezuela"] = "VE", ["tanzania"] = "TZ", ["unitedrepublicoftanzania"] = "TZ", ["moldova"] = "MD", ["czechrepublic"] = "CZ",
        ["czechia"] = "CZ", ["drc"] = "CD", ["democraticrepublicofthecongo"] = "CD", ["congo"] = "CG", ["eswatini"] = "SZ", ["swaziland"] = "SZ",
        ["capeverde"] = "CV", ["caboverde"] = "CV", ["macedonia"] = "MK", ["northmacedonia"] = "MK", ["palestine"] = "PS", ["stateofpalestine"] = "PS",
        ["holysee"] = "VA", ["vatican"] = "VA", ["brunei"] = "BN", ["micronesia"] = "FM", ["uae"] = "AE", ["burma"] = "MM", ["myanmar"] = "MM",
        ["suisse"] = "CH", ["schweiz"] = "CH", ["svizzera"] = "CH", ["deutschland"] = "DE", ["espana"] = "ES", ["chine"] = "CN",
    };

    private static readonly Lazy<Dictionary<string, string>> Names = new(BuildNames);

    /// <summary>The ISO code of <paramref name="value"/> (a code, or a country's name), or null when it names no country.</summary>
    public static string? Resolve(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length == 2 && Array.IndexOf(Codes, trimmed.ToUpperInvariant()) >= 0)
        {
            return trimmed.ToUpperInvariant();
        }
        var key = CsvCells.Loose(trimmed);
        return Aliases.TryGetValue(key, out var alias) ? alias : Names.Value.GetValueOrDefault(key);
    }

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in Codes)
        {
            try
            {
                var region = new RegionInfo(code);
                names.TryAdd(CsvCells.Loose(region.EnglishName), code);
                names.TryAdd(CsvCells.Loose(region.NativeName), code);
                names.TryAdd(CsvCells.Loose(region.ThreeLetterISORegionName), code);
            }
            catch (ArgumentException)
            {
                // A territory the runtime's data does not name: its code alone works.
            }
        }
        return names;
    }
}
