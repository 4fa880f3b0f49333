using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace WsisConnect.Server.Features.Imports;

/// <summary>
/// What every CSV the forum reads or writes shares: one reader configuration (delimiter detected, BOM and CRLF
/// handled, quoted newlines kept), header names matched loosely, list cells split, and spreadsheet formulas kept
/// out both ways: refused on the way in, neutralised on the way out.
/// </summary>
public static class CsvCells
{
    /// <summary>Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The reader configuration for uploaded files.</summary>
    public static CsvConfiguration ReadConfiguration { get; } = new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = true,
        DetectDelimiterValues = [",", ";", "\t"],
        TrimOptions = TrimOptions.Trim,
        MissingFieldFound = null,
        BadDataFound = null,
        HeaderValidated = null,
        IgnoreBlankLines = true,
    };

    /// <summary>The writer configuration for exports.</summary>
    public static CsvConfiguration WriteConfiguration { get; } = new(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

    /// <summary>A stream reader that follows a byte order mark (UTF-8 or UTF-16) and reads UTF-8 otherwise.</summary>
    public static StreamReader Reader(Stream stream) => new(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);

    /// <summary>A header name reduced to letters and digits, lower case: "External ID", "external_id" and "externalId" match.</summary>
    public static string HeaderKey(string header) =>
        new([.. header.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>Whether a cell would run as a formula in a spreadsheet ("-" alone and numbers aside).</summary>
    public static bool IsFormula(string? cell) =>
        cell is { Length: > 1 } && FormulaStarts.Contains(cell[0]) && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>The cell as it may go into a CSV organisers open: a would-be formula is prefixed with an apostrophe.</summary>
    public static string Safe(string? cell) =>
        cell is { Length: > 0 } && FormulaStarts.Contains(cell[0]) ? "'" + cell : cell ?? string.Empty;

    /// <summary>A list cell split on ";" or "," (or line breaks), trimmed, empties dropped.</summary>
    public static string[] List(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : [.. cell.Split([';', ',', '\n', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A value reduced for loose matching: letters and digits only, lower case, accents dropped.</summary>
    public static string Loose(string value) =>
        new([.. value.Normalize(NormalizationForm.FormD).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>The header columns of <paramref name="csv"/>, by <see cref="HeaderKey"/>, and the index of each.</summary>
    public static Dictionary<string, int> Columns(CsvReader csv)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = csv.HeaderRecord ?? [];
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(HeaderKey(header[i]), i);
        }
        return columns;
    }
}
