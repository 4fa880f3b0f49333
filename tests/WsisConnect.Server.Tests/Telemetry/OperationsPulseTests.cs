using System.Collections.Concurrent;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Monitoring;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Telemetry;

/// <summary>The organisers' operations pulse: one per second for the cluster, pushed to those who watch it.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class OperationsPulseTests(TelemetryServerFixture server)
{
    [Fact]
    public async Task AWatchingOrganiserReceivesThePulseWithPeopleSessionsActivityAndNodes()
    {
        await using var organiser = await server.SignInAsync("Watcher", roles: ForumRoles.Attendee | ForumRoles.Organiser);
        await using var onSite = await server.SignInAsync("In The Room");
        await using var remote = await server.SignInAsync("Far Away", Participation.Remote);
        var session = await server.CreateSessionAsync(QuestionMode.Open, organiser);
        var pulses = new ConcurrentQueue<ForumPulse>();
        organiser.Live.OperationsPulse += pulses.Enqueue;

        var first = await organiser.Live.WatchOperations().WaitAsync(Waits.Push);
        await onSite.Live.AskQuestion(session.Id, "Is the pulse live?", anonymous: false).WaitAsync(Waits.Push);

        Assert.True(first.At > DateTimeOffset.MinValue);
        // The pushes carry what the nodes reported: the three connections, the question in the live session, a healthy node.
        await Waits.UntilAsync(() => Task.FromResult(pulses.Any(p =>
            p.OnSite == 2 && p.Remote == 1
            && p.Countries.Single(c => c.Country == "CH").Connections == 3
            && p.LiveSessions.Any(s => s.SessionId == session.Id && s.Questions == 1)
            && p.Busiest.Any(s => s.SessionId == session.Id)
            // The forum's own count covers every session, so it is at least what the busiest show.
            && p.Questions >= 1 && p.Questions >= p.Busiest.Sum(s => s.Questions)
            && p.Nodes.Length == 1 && p.Nodes[0].Connections == 3
            && p.StoreHealthy)), "a pulse showing the run");
    }
}
