using System.Globalization;
using System.Text;
using CsvHelper;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>A registration list as a registration system exports it, written by the test.</summary>
public static class RegistrationList
{
    /// <summary>The header the tests' lists use.</summary>
    public const string Header = "External ID,First name,Last name,Organisation,Country,Stakeholder type,Participation,Role,Sessions,Email";

    private static readonly string[] Countries = ["KE", "CH", "Brazil", "IN", "France", "JP", "EG", "US", "Switzerland", "GH"];
    private static readonly string[] Stakeholders = ["Government", "Private sector", "Civil society", "Academia", "Technical community", "International organization"];

    /// <summary>One row for person <paramref name="n"/> of a list of prefix <paramref name="prefix"/>.</summary>
    public static string Row(string prefix, int n, string? organisation = null) =>
        $"{prefix}-{n:D5},Person{n},Surname{n},{organisation ?? $"Organisation {n % 300}"},{Countries[n % Countries.Length]},{Stakeholders[n % Stakeholders.Length]}," +
        $"{(n % 4 == 0 ? "Remote" : "On site")},{(n % 50 == 0 ? "Speaker" : "Delegate")},,person{n}@{prefix.ToLowerInvariant()}.example";

    /// <summary>A whole list, CRLF-separated as spreadsheets write it.</summary>
    public static byte[] Csv(IEnumerable<string> rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(Header)) + "\r\n");

    /// <summary>The codes export parsed: external id to (code, sign-in link, organisation).</summary>
    public static Dictionary<string, (string Code, string Link, string Organisation, string Status)> ParseCodes(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var codes = new Dictionary<string, (string, string, string, string)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var external = reader.GetField("external_id")!;
            if (external.Length > 0)
            {
                codes[external] = (reader.GetField("code")!, reader.GetField("sign_in_link")!, reader.GetField("organisation")!, reader.GetField("status")!);
            }
        }
        return codes;
    }
}
