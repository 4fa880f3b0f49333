using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;
using WsisConnect.Bench.Targets;
using WsisConnect.Client.Live;

namespace WsisConnect.Bench.Networking;

/// <summary>
/// N connected people make C contacts among random distinct pairs, half by badge scan and half by request and
/// accept, a bounded number at a time; each is timed until both people were told, and every book is read back.
/// </summary>
public sealed partial class ContactsScenario(BenchOptions options, NetworkingOptions sizes, BenchLog log)
{
    private static readonly TimeSpan NotifyWait = TimeSpan.FromSeconds(30);

    /// <summary>Runs once against <paramref name="target"/>.</summary>
    public async Task<ContactsRunResult> RunAsync(IBenchTarget target, CancellationToken ct)
    {
        var notes = new List<string>();
        var label = $"contacts {sizes.People:N0}/{sizes.Contacts:N0}";
        using var http = BenchHttp.Create(target.BaseAddress, options.RegisterConcurrency);

        log.Line($"{label}: registering {sizes.People:N0} people");
        var registered = await new PeopleRegistrar(http, options.RegisterConcurrency, log).RegisterAsync(sizes.People, "Bench contact", null, label, ct);
        log.Line($"{label}: registered in {registered.Summary.Seconds:N1} s ({registered.Summary.PerSecond:N0}/s)");
        var people = registered.Ids.Select((id, i) => new NetworkPerson(i, id, registered.Tokens[i])).ToArray();

        var rssBefore = await ProcessMetrics.SteadyResidentBytesAsync(target.ProcessId, ct);
        var (connectSeconds, connectFailures) = await ConnectAsync(target.BaseAddress, people, label, ct);
        var connected = people.Count(p => p.Connection is not null);
        var rssAfter = await ProcessMetrics.SteadyResidentBytesAsync(target.ProcessId, ct);
        double? perConnection = rssBefore is { } b && rssAfter is { } a && connected > 0 ? Math.Round((a - b) / 1024.0 / connected, 1) : null;
        log.Line($"{label}: {connected:N0} connected in {connectSeconds:N1} s; RSS {MiB(rssBefore)} -> {MiB(rssAfter)} MiB, {perConnection?.ToString("N1") ?? "n/a"} KiB per connection");
        if (connected < people.Length)
        {
            throw new InvalidOperationException($"only {connected} of {people.Length} people connected: {string.Join(", ", connectFailures.Select(f => $"{f.Key} x{f.Value}"))}");
        }

        await FetchBadgesAsync(people, ct);
        var plan = ContactPlan.Make(people.Length, sizes.Contacts, options.Seed);
        log.Line($"{label}: making {plan.Length:N0} contacts, {sizes.ContactsInFlight} in flight");
        var cpu = CpuWatch.Start(target.ProcessId);
        var outcome = await MakeContactsAsync(people, plan, label, ct);
        var contactCpu = cpu.Stop();
        log.Line($"{label}: {outcome.Made:N0}/{plan.Length:N0} made in {outcome.Seconds:N1} s ({outcome.Made / outcome.Seconds:N0}/s); " +
            $"scan -> both p99 {outcome.ScanBoth.P99Ms:N0} ms, request -> both p99 {outcome.RequestBoth.P99Ms:N0} ms");

        var books = await CheckBooksAsync(people, plan, ct);
        var exact = outcome.Made == plan.Length && books.Total == 2 * plan.Length && books.Missing == 0 && books.Duplicates == 0 && books.Unexpected == 0;
        log.Line($"{label}: books hold {books.Total:N0} contacts (expected {2 * plan.Length:N0}); missing pairs {books.Missing}, duplicates {books.Duplicates}, unexpected {books.Unexpected}, wrong source {books.WrongSource}; exact: {(exact ? "yes" : "NO")}");
        var answerErrors = people.SelectMany(p => p.AnswerErrors).GroupBy(e => e.Key).ToDictionary(g => "accept: " + g.Key, g => g.Sum(e => e.Value));
        var errors = outcome.Errors.Concat(answerErrors).ToDictionary(e => e.Key, e => e.Value);
        var duplicatePushes = people.Sum(p => p.DuplicatePushes);
        var drops = people.Sum(p => p.Drops);

        await DisconnectAsync(people);
        return new ContactsRunResult(
            target.Name, target.Description, people.Length, registered.Summary,
            connected, connectSeconds, connectFailures, MiB(rssBefore), MiB(rssAfter), perConnection,
            plan.Length, outcome.Made, outcome.MadeByScan, outcome.MadeByRequest, Math.Round(outcome.Seconds, 2),
            Math.Round(outcome.Made / outcome.Seconds, 0), sizes.ContactsInFlight,
            outcome.ScanAck, outcome.ScanBoth, outcome.RequestAck, outcome.RequestBoth, errors, contactCpu,
            books.Total, books.Missing, books.Duplicates, books.Unexpected, books.WrongSource, exact, duplicatePushes, drops, notes);
    }

    /// <summary>Long server timeout: on a saturated two-core machine a keep-alive may arrive late, and a dropped client would skew the run.</summary>
    private static void ConfigureClient(IHubConnectionBuilder builder) =>
        builder.WithServerTimeout(TimeSpan.FromMinutes(5)).WithKeepAliveInterval(TimeSpan.FromSeconds(15));

    private static double? MiB(long? bytes) => bytes is { } v ? Math.Round(v / 1024.0 / 1024.0, 1) : null;

    private async Task<(double Seconds, IReadOnlyDictionary<string, int> Failures)> ConnectAsync(Uri server, NetworkPerson[] people, string label, CancellationToken ct)
    {
        var failures = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        foreach (var batch in people.Chunk(options.ConnectBatch))
        {
            await Task.WhenAll(batch.Select(p => ConnectOneAsync(server, p, failures, ct)));
        }
        log.Line($"  {label}: connected {people.Length:N0} in {clock.Elapsed.TotalSeconds:N1} s");
        return (Math.Round(clock.Elapsed.TotalSeconds, 2), new Dictionary<string, int>(failures));
    }

    private static async Task ConnectOneAsync(Uri server, NetworkPerson person, ConcurrentDictionary<string, int> failures, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                var connection = await LiveConnection.ConnectAsync(server, person.Token, ConfigureClient, ct);
                person.Attach(connection);
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                failures.AddOrUpdate(Retry.Describe(e), 1, (_, n) => n + 1);
                person.Detach();
                await Task.Delay(Retry.Backoff(attempt + 2), ct);
            }
        }
    }

    private static async Task FetchBadgesAsync(NetworkPerson[] people, CancellationToken ct)
    {
        foreach (var batch in people.Chunk(100))
        {
            await Task.WhenAll(batch.Select(async p => p.BadgeToken = (await p.Connection!.GetBadge().WaitAsync(ct)).Token));
        }
    }

    private static async Task DisconnectAsync(NetworkPerson[] people)
    {
        foreach (var batch in people.Where(p => p.Connection is not null).Chunk(500))
        {
            await Task.WhenAll(batch.Select(async p =>
            {
                try
                {
                    await p.Connection!.DisposeAsync();
                }
                catch (Exception)
                {
                    // Teardown after the measurement: a connection the server already dropped is no news.
                }
            }));
        }
    }
}
