using System.Text;

namespace WsisConnect.Grains.Polls;

/// <summary>How word-cloud answers are merged: "E-Health", " e-health " and "E-HEALTH" are one answer.</summary>
public static class WordCloud
{
    /// <summary>Lower-cased (invariant) with runs of white space folded to one space and the ends trimmed.</summary>
    public static string Normalize(string? text)
    {
        var builder = new StringBuilder();
        foreach (var part in (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(part.ToLowerInvariant());
        }
        return builder.ToString();
    }
}
