using System.Diagnostics;
using WsisConnect.Client.Http;

namespace WsisConnect.Bench.Imports;

/// <summary>The timings of one run against one fresh server.</summary>
public sealed record ImportRun(double UploadPreviewSeconds, double ConfirmSeconds, double ExportSeconds, double ReimportSeconds, int Added, int Changed, int Removed)
{
    /// <summary>Upload and preview, then confirm: the time from choosing the file to everyone registered.</summary>
    public double FirstImportSeconds => UploadPreviewSeconds + ConfirmSeconds;

    /// <summary>Runs the import, the export and the re-import once.</summary>
    public static async Task<ImportRun> MeasureAsync(ForumApiClient organiser, int people, CancellationToken ct)
    {
        var first = ImportList.Csv(people, new HashSet<int>(), new HashSet<int>());
        var clock = Stopwatch.StartNew();
        var preview = await organiser.ImportRegistrationAsync(new MemoryStream(first), "registrations.csv", ct);
        var previewed = clock.Elapsed.TotalSeconds;
        var applied = await organiser.ConfirmRegistrationImportAsync(preview.Id, ct: ct);
        var confirmed = clock.Elapsed.TotalSeconds - previewed;
        clock.Restart();
        var codes = await organiser.ExportCodesAsync(ct);
        var exported = clock.Elapsed.TotalSeconds;
        if (codes.Count(c => c == '\n') < people + 1 || applied.Added != people)
        {
            throw new InvalidOperationException($"The import registered {applied.Added} of {people} people.");
        }
        var changed = Enumerable.Range(1, people).Where(n => n % 100 == 7).Take(100).ToHashSet();
        var removed = Enumerable.Range(1, people).Where(n => n % 1_000 == 3).Take(10).ToHashSet();
        clock.Restart();
        var again = await organiser.ImportRegistrationAsync(new MemoryStream(ImportList.Csv(people, changed, removed)), "registrations-2.csv", ct);
        var result = await organiser.ConfirmRegistrationImportAsync(again.Id, ct: ct);
        var reimported = clock.Elapsed.TotalSeconds;
        return new ImportRun(previewed, confirmed, exported, reimported, applied.Added, result.Changed, result.Removed);
    }
}
