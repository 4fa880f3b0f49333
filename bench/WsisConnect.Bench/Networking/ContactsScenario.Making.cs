using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Bench.Networking;

public sealed partial class ContactsScenario
{
    /// <summary>Works through the plan with <see cref="NetworkingOptions.ContactsInFlight"/> contacts being made at once.</summary>
    private async Task<ContactsOutcome> MakeContactsAsync(NetworkPerson[] people, PlannedContact[] plan, string label, CancellationToken ct)
    {
        var scanAck = new ConcurrentBag<double>();
        var scanBoth = new ConcurrentBag<double>();
        var requestAck = new ConcurrentBag<double>();
        var requestBoth = new ConcurrentBag<double>();
        var errors = new ConcurrentDictionary<string, int>();
        var next = -1;
        var made = 0;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;

        async Task WorkAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < plan.Length)
            {
                var contact = plan[i];
                var from = people[contact.From];
                var to = people[contact.To];
                // Both waits exist before the call goes out, so a push that beats the call's result is not missed.
                var fromTold = from.ContactAddedFrom(to.AttendeeId);
                var toTold = to.ContactAddedFrom(from.AttendeeId);
                var start = Stopwatch.GetTimestamp();
                try
                {
                    if (contact.Method == ContactMethod.BadgeScan)
                    {
                        await from.Connection!.ScanBadge(to.BadgeToken!, null, null).WaitAsync(NotifyWait, ct);
                        scanAck.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                    else
                    {
                        await from.Connection!.SendContactRequest(to.AttendeeId, "Good to meet you at the forum").WaitAsync(NotifyWait, ct);
                        requestAck.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                    var told = await Task.WhenAll(fromTold, toTold).WaitAsync(NotifyWait, ct);
                    var both = Stopwatch.GetElapsedTime(start, Math.Max(told[0], told[1])).TotalMilliseconds;
                    (contact.Method == ContactMethod.BadgeScan ? scanBoth : requestBoth).Add(both);
                    Interlocked.Increment(ref made);
                }
                catch (TimeoutException)
                {
                    errors.AddOrUpdate($"{contact.Method}: not both told within {NotifyWait.TotalSeconds:N0} s", 1, (_, n) => n + 1);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    errors.AddOrUpdate($"{contact.Method}: {Retry.Describe(e)}", 1, (_, n) => n + 1);
                }
                if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(5))
                {
                    lastReport = clock.Elapsed;
                    log.Line($"  {label}: {Volatile.Read(ref made):N0}/{plan.Length:N0} made");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(sizes.ContactsInFlight, plan.Length)).Select(_ => Task.Run(WorkAsync, ct)));
        var seconds = clock.Elapsed.TotalSeconds;
        return new ContactsOutcome(made, scanBoth.Count, requestBoth.Count, seconds,
            LatencySummary.Of([.. scanAck]), LatencySummary.Of([.. scanBoth]), LatencySummary.Of([.. requestAck]), LatencySummary.Of([.. requestBoth]),
            new Dictionary<string, int>(errors));
    }

    /// <summary>Reads every book (<c>GetContactBook</c>, as its owner) and compares it with the plan.</summary>
    private static async Task<BookCheck> CheckBooksAsync(NetworkPerson[] people, PlannedContact[] plan, CancellationToken ct)
    {
        var books = new ContactBookView[people.Length];
        foreach (var batch in people.Chunk(100))
        {
            await Task.WhenAll(batch.Select(async p => books[p.Index] = await p.Connection!.GetContactBook().WaitAsync(ct)));
        }
        var index = people.ToDictionary(p => p.AttendeeId, p => p.Index, StringComparer.Ordinal);
        var planned = new Dictionary<(int, int), ContactSource>();
        foreach (var c in plan)
        {
            planned[(Math.Min(c.From, c.To), Math.Max(c.From, c.To))] = c.Method == ContactMethod.BadgeScan ? ContactSource.Badge : ContactSource.Request;
        }
        var held = new HashSet<(int Owner, int Other)>();
        int total = 0, duplicates = 0, unexpected = 0, wrongSource = 0;
        for (var owner = 0; owner < books.Length; owner++)
        {
            foreach (var contact in books[owner].Contacts)
            {
                total++;
                if (!index.TryGetValue(contact.AttendeeId, out var other) || !planned.TryGetValue((Math.Min(owner, other), Math.Max(owner, other)), out var source))
                {
                    unexpected++;
                    continue;
                }
                if (!held.Add((owner, other)))
                {
                    duplicates++;
                }
                if (contact.Source != source)
                {
                    wrongSource++;
                }
            }
        }
        var missing = plan.Count(c => !held.Contains((c.From, c.To)) || !held.Contains((c.To, c.From)));
        return new BookCheck(total, missing, duplicates, unexpected, wrongSource);
    }
}
