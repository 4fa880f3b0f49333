using CsvHelper;
using WsisConnect.Contracts.Imports;

namespace WsisConnect.Server.Features.Imports;

/// <summary>
/// One record of an uploaded CSV, read by column names with their aliases, collecting its errors: a cell that
/// holds a formula is refused wherever it is, so none can reach an export organisers open later.
/// </summary>
public sealed class CsvRow(CsvReader csv, Dictionary<string, int> columns, int line)
{
    /// <summary>The line the record starts on.</summary>
    public int Line { get; } = line;

    /// <summary>The row's id, once known, for its errors.</summary>
    public string? Key { get; set; }

    /// <summary>Errors found so far.</summary>
    public List<ImportIssue> Errors { get; } = [];

    /// <summary>The first of <paramref name="aliases"/> the file has, trimmed; null when none is there or the cell is empty.</summary>
    public string? Get(string field, params string[] aliases)
    {
        foreach (var alias in aliases)
        {
            if (columns.TryGetValue(alias, out var index))
            {
                var value = index < csv.Parser.Count ? csv.GetField(index)?.Trim() : null;
                if (CsvCells.IsFormula(value))
                {
                    Fail(field, $"The {field} cell starts with '{value![0]}', which spreadsheets run as a formula; remove it.");
                    return null;
                }
                return string.IsNullOrEmpty(value) ? null : value;
            }
        }
        return null;
    }

    /// <summary>A required cell; its absence is an error.</summary>
    public string Require(string field, params string[] aliases)
    {
        var value = Get(field, aliases);
        if (value is null && !Errors.Any(e => e.Field == field))
        {
            Fail(field, $"The {field} is missing.");
        }
        return value ?? string.Empty;
    }

    /// <summary>A cell no longer than <paramref name="max"/> characters.</summary>
    public string? Limit(string field, string? value, int max)
    {
        if (value is { } text && text.Length > max)
        {
            Fail(field, $"The {field} is {text.Length} characters long; at most {max} are allowed.");
        }
        return value;
    }

    public void Fail(string field, string reason) => Errors.Add(new ImportIssue(Line, Key, field, reason));
}
