using CsvHelper;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Registration;

/// <summary>
/// The organisers' mail-merge file: one row per person with their personal access code and sign-in link,
/// written straight to the response a page at a time. Every cell is formula-safe.
/// </summary>
public static class CodesExport
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header = ["external_id", "name", "organisation", "country", "participation", "email", "code", "sign_in_link", "status", "attendee_id"];

    /// <summary>Writes the header.</summary>
    public static async Task WriteHeaderAsync(CsvWriter csv)
    {
        foreach (var column in Header) csv.WriteField(column);
        await csv.NextRecordAsync();
    }

    /// <summary>Writes one person.</summary>
    public static async Task WriteAsync(CsvWriter csv, CodeRecord record, string? signInLink)
    {
        var person = record.Person;
        foreach (var cell in new[] { person.ExternalId, person.Profile.Name, person.Profile.Organisation, person.Profile.Country,
            person.Profile.Participation.ToString(), person.Email, record.Code, signInLink, person.Status.ToString(), person.Profile.Id })
        {
            csv.WriteField(CsvCells.Safe(cell), shouldQuote: true);
        }
        // Asynchronously: a full buffer is flushed to the response, where synchronous writes are refused.
        await csv.NextRecordAsync();
    }
}
