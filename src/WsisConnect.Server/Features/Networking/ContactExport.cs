using System.Globalization;
using System.Text;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Server.Features.Networking;

/// <summary>A person's contacts as vCard 4.0 and as CSV, with what each contact chose to show them.</summary>
public static class ContactExport
{
    /// <summary>One vCard per contact; the private note and tags go in NOTE and CATEGORIES.</summary>
    public static string ToVCard(IEnumerable<(Contact Contact, ProfileCard? Card)> contacts)
    {
        var text = new StringBuilder();
        foreach (var (contact, card) in contacts)
        {
            text.Append("BEGIN:VCARD\r\nVERSION:4.0\r\n");
            text.Append("FN:").Append(Escape(contact.Name)).Append("\r\n");
            if (card?.Organisation is { Length: > 0 } org) text.Append("ORG:").Append(Escape(org)).Append("\r\n");
            if (card?.Title is { Length: > 0 } title) text.Append("TITLE:").Append(Escape(title)).Append("\r\n");
            if (card?.Country is { Length: > 0 } country) text.Append("ADR;TYPE=work:;;;;;;").Append(Escape(country)).Append("\r\n");
            foreach (var link in card?.Links ?? []) text.Append("URL:").Append(Escape(link)).Append("\r\n");
            if (contact.Note.Length > 0) text.Append("NOTE:").Append(Escape(contact.Note)).Append("\r\n");
            if (contact.Tags.Length > 0) text.Append("CATEGORIES:").Append(string.Join(',', contact.Tags.Select(Escape))).Append("\r\n");
            text.Append("END:VCARD\r\n");
        }
        return text.ToString();
    }

    /// <summary>A header and one row per contact, RFC 4180 quoting.</summary>
    public static string ToCsv(IEnumerable<(Contact Contact, ProfileCard? Card)> contacts)
    {
        var text = new StringBuilder("name,organisation,title,country,since,source,tags,note\r\n");
        foreach (var (contact, card) in contacts)
        {
            string[] row =
            [
                contact.Name, card?.Organisation ?? "", card?.Title ?? "", card?.Country ?? "",
                contact.Since.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), contact.Source.ToString(),
                string.Join(';', contact.Tags), contact.Note,
            ];
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }
        return text.ToString();
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    private static string Quote(string value) =>
        "\"" + (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
