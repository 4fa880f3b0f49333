using System.Globalization;
using System.Text;
using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Networking;

/// <summary>The "Networking" section of RESULTS.md: contacts and matchmaking, each with its machine and command.</summary>
public static class NetworkingMarkdown
{
    /// <summary>Appends the section; nothing when neither scenario was measured.</summary>
    public static void Render(StringBuilder md, NetworkingReport<ContactsRunResult>? contacts, NetworkingReport<MatchmakingRunResult>? matchmaking)
    {
        if (contacts is null && matchmaking is null)
        {
            return;
        }
        md.AppendLine("## Networking: contacts and matchmaking");
        md.AppendLine();
        if (contacts is not null)
        {
            RenderContacts(md, contacts);
        }
        if (matchmaking is not null)
        {
            RenderMatchmaking(md, matchmaking);
        }
    }

    private static void RenderContacts(StringBuilder md, NetworkingReport<ContactsRunResult> report)
    {
        var r = report.Result;
        md.AppendLine($"### Contacts: {N(r.People)} connected people, {N(r.Planned)} contacts");
        md.AppendLine();
        Header(md, report);
        md.AppendLine($"Method: {N(r.People)} people registered through `POST /api/auth/register`, each connected with its own SDK `LiveConnection` " +
            $"and fetched its badge (`GetBadge`); {N(r.Planned)} random distinct pairs (seed {report.Seed}), half made by badge scan " +
            "(`ScanBadge` with the other's badge token) and half by request and accept (`SendContactRequest`; the recipient's client " +
            $"answers `RespondToContactRequest(Accepted)` when the `ContactRequestChanged` push arrives), {r.InFlight} in flight. " +
            "\"Both notified\" is the time from sending the scan or request until both people's clients had received `ContactAdded`. " +
            "Exactness: every person's book read back with `GetContactBook`.");
        md.AppendLine();
        md.AppendLine("| made | contacts/s | measure | p50 | p95 | p99 | max |");
        md.AppendLine("|---:|---:|---|---:|---:|---:|---:|");
        md.AppendLine($"| {N(r.Made)} / {N(r.Planned)} | {N(r.ContactsPerSecond)} | scan → both notified ({N(r.ScanBothNotified.Count)}) | {Row(r.ScanBothNotified)} |");
        md.AppendLine($"| | | request → both notified ({N(r.RequestBothNotified.Count)}) | {Row(r.RequestBothNotified)} |");
        md.AppendLine($"| | | `ScanBadge` ack | {Row(r.ScanAck)} |");
        md.AppendLine($"| | | `SendContactRequest` ack | {Row(r.RequestAck)} |");
        md.AppendLine();
        md.AppendLine("| exact | contacts in all books | expected (2 x contacts) | pairs missing a side | duplicate entries | unexpected entries | wrong source | duplicate `ContactAdded` pushes | errors |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        md.AppendLine($"| {(r.Exact ? "yes" : "**no**")} | {N(r.BookContacts)} | {N(2 * r.Planned)} | {r.MissingPairs} | {r.DuplicateEntries} | {r.UnexpectedEntries} | {r.WrongSource} | {r.DuplicatePushes} | {Errors(r.Errors)} |");
        md.AppendLine();
        md.AppendLine("| registrations/s | connect time | RSS before → after connecting | memory / connection | server CPU, making contacts | load tool CPU | other processes | drops |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine($"| {N(r.Registration.PerSecond)} | {r.ConnectSeconds:N1} s | {N(r.RssBeforeMiB)} → {N(r.RssAfterMiB)} MiB | {N(r.MemoryPerConnectionKiB, "N1")} KiB | " +
            $"{Pct(r.ContactCpu.ServerPercent)} | {Pct(r.ContactCpu.LoadToolPercent)} | {Pct(r.ContactCpu.OthersPercent)} | {r.Drops} |");
        md.AppendLine();
        Notes(md, r.Notes);
    }

    private static void RenderMatchmaking(StringBuilder md, NetworkingReport<MatchmakingRunResult> report)
    {
        var r = report.Result;
        md.AppendLine($"### Matchmaking: recommendations among {N(r.Profiles)} profiles");
        md.AppendLine();
        Header(md, report);
        md.AppendLine($"Method: {N(r.Profiles)} generated profiles (seed {report.Seed}: 1-4 action lines with C7 areas, 1-5 SDGs weighted " +
            "towards 4, 5, 9 and 17, a track for 40%, English for 80% plus up to two other languages, six stakeholder types) loaded through " +
            "the real endpoints: `POST /api/auth/register` then `PUT /api/me/profile` as that person, " +
            $"{N(r.Load.Count)} of each, bounded concurrency. Then {N(r.QueryPeople)} of them connected and asked `GetSuggestions({r.Take})` " +
            $"over the hub, {N(r.Queries)} times, {r.InFlight} in flight; latency is the call from send to result.");
        md.AppendLine();
        md.AppendLine("| directory | load (2 HTTP calls per profile) | profiles/s | server CPU, load | queries | queries/s | p50 | p95 | p99 | max | server CPU, queries | load tool CPU | suggestions per answer | errors |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        md.AppendLine($"| {N(r.DirectorySize)} listed ({N(r.Profiles)} generated; {r.DirectoryFound}/{r.DirectoryChecked} sampled found by name) | {r.Load.Seconds:N0} s | {N(r.Load.PerSecond)} | {Pct(r.LoadCpu.ServerPercent)} | " +
            $"{N(r.Answered)} / {N(r.Queries)} | {N(r.QueriesPerSecond)} | {Row(r.Latency)} | {Pct(r.QueryCpu.ServerPercent)} | {Pct(r.QueryCpu.LoadToolPercent)} | " +
            $"{r.MeanSuggestions.ToString("N1", CultureInfo.InvariantCulture)} | {Errors(r.Errors)} |");
        md.AppendLine();
        if (r.SampleReasons.Length > 0)
        {
            md.AppendLine($"A best suggestion, as returned: {r.SampleReasons}.");
            md.AppendLine();
        }
        Notes(md, r.Notes);
    }

    private static void Header<T>(StringBuilder md, NetworkingReport<T> report)
    {
        md.AppendLine($"Measured {report.MeasuredAt:yyyy-MM-dd HH:mm} UTC with `{report.CommandLine}`.  ");
        md.AppendLine($"Machine: {report.Machine}. The load tool, the server and its store share this machine.");
        md.AppendLine();
    }

    private static void Notes(StringBuilder md, IReadOnlyList<string> notes)
    {
        foreach (var note in notes)
        {
            md.AppendLine($"- {note}");
        }
        if (notes.Count > 0)
        {
            md.AppendLine();
        }
    }

    private static string Row(LatencySummary s) => $"{Ms(s.P50Ms)} | {Ms(s.P95Ms)} | {Ms(s.P99Ms)} | {Ms(s.MaxMs)}";

    private static string Errors(IReadOnlyDictionary<string, int> errors) =>
        errors.Count == 0 ? "none" : string.Join(", ", errors.Select(e => $"{e.Key} x{e.Value}"));

    private static string N(double? value, string format = "N0") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "n/a";

    private static string Pct(double? value) => value is { } v ? $"{v.ToString("N0", CultureInfo.InvariantCulture)}%" : "n/a";

    private static string Ms(double value) => value.ToString(value < 10 ? "N1" : "N0", CultureInfo.InvariantCulture) + " ms";
}
