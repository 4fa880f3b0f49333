using System.Globalization;
using System.Text;
using WsisConnect.Bench.Networking;
using WsisConnect.Bench.Polls;
using WsisConnect.Bench.Prizes;

namespace WsisConnect.Bench.Reporting;

/// <summary>RESULTS.md: the figures as tables, with the machine, the command and the method next to them.</summary>
public static partial class MarkdownReport
{
    /// <summary>The whole file.</summary>
    public static string Render(
        PollsReport? polls,
        PrizesReport? prizes,
        NetworkingReport<ContactsRunResult>? contacts,
        NetworkingReport<MatchmakingRunResult>? matchmaking,
        IReadOnlyList<(string File, string Content)> micro)
    {
        var md = new StringBuilder();
        md.AppendLine("# WsisConnect benchmark results");
        md.AppendLine();
        md.AppendLine("Written by the load tool (`bench/WsisConnect.Bench`) and BenchmarkDotNet (`bench/WsisConnect.Bench.Micro`); ");
        md.AppendLine("`bench/README.md` explains the tools and how to read these tables. The raw figures are in `results.json`.");
        md.AppendLine();
        if (polls is not null)
        {
            RenderPolls(md, polls);
        }
        if (prizes is not null)
        {
            RenderPrizes(md, prizes);
        }
        NetworkingMarkdown.Render(md, contacts, matchmaking);
        RenderMicro(md, micro);
        return md.ToString();
    }

    private static void RenderMicro(StringBuilder md, IReadOnlyList<(string File, string Content)> micro)
    {
        md.AppendLine("## Micro-benchmarks (BenchmarkDotNet)");
        md.AppendLine();
        if (micro.Count == 0)
        {
            md.AppendLine("Not run yet: `dotnet run -c Release --project bench/WsisConnect.Bench.Micro -- --filter '*'`, then");
            md.AppendLine("`dotnet run -c Release --project bench/WsisConnect.Bench -- report` to bring them in here.");
            md.AppendLine();
            return;
        }
        md.AppendLine("Command: `dotnet run -c Release --project bench/WsisConnect.Bench.Micro -- --filter '*'` (reports in `micro/results/`).");
        md.AppendLine();
        foreach (var (file, content) in micro)
        {
            md.AppendLine($"### {file.Replace("-report-github.md", "", StringComparison.Ordinal)}");
            md.AppendLine();
            md.AppendLine(content.Trim());
            md.AppendLine();
        }
    }

    private static string N(double? value, string format = "N0") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "n/a";

    private static string Ms(double? value) => value is { } v ? v.ToString(v < 10 ? "N1" : "N0", CultureInfo.InvariantCulture) + " ms" : "n/a";

    private static string X(double? ratio) => ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "n/a";

    private static string YesNo(bool value) => value ? "yes" : "**no**";

    private static string Met(bool? met) => met switch { true => "yes", false => "**no**", null => "n/a" };

    private static string Dict(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}: {kv.Value:N0}"));
}
