using System.Text;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Server.Features.Agenda.Import;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Agenda;

/// <summary>Which reader an agenda upload needs: frab JSON or CSV, by the <c>format</c> asked for, the content type, the file's name, or its first character.</summary>
public static class AgendaImportReading
{
    /// <summary>The sessions of <paramref name="body"/>, read by the right reader.</summary>
    public static async IAsyncEnumerable<ParsedChunk<ImportedSession>> ReadAsync(Stream body, string? format, string? contentType, string fileName, TimeZoneInfo zone, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var kind = Kind(format, contentType, fileName);
        var stream = body;
        if (kind is null)
        {
            // Sniff: the first few kilobytes are kept and read again by the parser.
            var head = new byte[4096];
            var read = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            var text = Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            kind = text.StartsWith('{') ? "frab" : "csv";
            stream = new PrefixedStream(head.AsMemory(0, read), body);
        }
        var chunks = kind == "frab" ? new ScheduleJsonReader(zone).ReadAsync(stream, ct) : new AgendaCsvReader(zone).ReadAsync(stream, ct);
        await foreach (var chunk in chunks)
        {
            yield return chunk;
        }
    }

    private static string? Kind(string? format, string? contentType, string fileName)
    {
        var asked = format?.Trim().ToLowerInvariant();
        if (asked is "frab" or "pretalx" or "json") return "frab";
        if (asked is "csv") return "csv";
        if (asked is { Length: > 0 }) throw ImportFileException.Invalid($"Unknown format '{format}': use frab (schedule.json) or csv.");
        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true || fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return "frab";
        if (contentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true || fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return "csv";
        return null;
    }
}
