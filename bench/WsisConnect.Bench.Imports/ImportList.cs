using System.Text;

namespace WsisConnect.Bench.Imports;

/// <summary>A registration list as the organisers' registration system exports it.</summary>
public static class ImportList
{
    private const string Header = "External ID,First name,Last name,Organisation,Country,Stakeholder type,Participation,Role,Email";
    private static readonly string[] Countries = ["KE", "CH", "Brazil", "IN", "France", "JP", "EG", "US", "GH", "ID"];
    private static readonly string[] Stakeholders = ["Government", "Private sector", "Civil society", "Academia", "Technical community", "International organization"];

    /// <summary>The list of <paramref name="people"/>, people in <paramref name="changed"/> with a new organisation, those in <paramref name="removed"/> left out.</summary>
    public static byte[] Csv(int people, ISet<int> changed, ISet<int> removed)
    {
        var text = new StringBuilder(people * 140).Append(Header).Append("\r\n");
        for (var n = 1; n <= people; n++)
        {
            if (removed.Contains(n)) continue;
            var organisation = changed.Contains(n) ? "Moved Organisation" : $"Organisation {n % 400}";
            text.Append($"REG-{n:D6},Given{n},Family{n},{organisation},{Countries[n % Countries.Length]},{Stakeholders[n % Stakeholders.Length]},")
                .Append(n % 4 == 0 ? "Remote" : "On site").Append(",Delegate,").Append($"person{n}@registration.example\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
