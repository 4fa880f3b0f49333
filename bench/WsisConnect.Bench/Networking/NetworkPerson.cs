using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Bench.Networking;

/// <summary>
/// One simulated person of the contacts scenario: their connection, when each <c>ContactAdded</c> arrived, and the
/// reflex of a phone in a pocket, accepting every contact request the moment it is pushed.
/// </summary>
public sealed class NetworkPerson(int index, string attendeeId, string token)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _added = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _addedCount = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _answered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _answerErrors = new(StringComparer.Ordinal);
    private int _drops;

    /// <summary>Position in the run.</summary>
    public int Index { get; } = index;

    /// <summary>The person's attendee id.</summary>
    public string AttendeeId { get; } = attendeeId;

    /// <summary>The bearer token the person connects with.</summary>
    public string Token { get; } = token;

    /// <summary>The live connection, once connected.</summary>
    public LiveConnection? Connection { get; private set; }

    /// <summary>The signed contact token of the person's badge (what the QR code holds).</summary>
    public string? BadgeToken { get; set; }

    /// <summary>Connections the server closed during the run.</summary>
    public int Drops => Volatile.Read(ref _drops);

    /// <summary>Contacts announced more than once by <c>ContactAdded</c>.</summary>
    public int DuplicatePushes => _addedCount.Values.Count(n => n > 1);

    /// <summary>Failures of the automatic answer to a request, by code.</summary>
    public IReadOnlyDictionary<string, int> AnswerErrors => _answerErrors;

    /// <summary>Listens for the pushes the scenario times, before anything can be pushed.</summary>
    public void Attach(LiveConnection connection)
    {
        Connection = connection;
        connection.ContactAdded += contact =>
        {
            var now = Stopwatch.GetTimestamp();
            _addedCount.AddOrUpdate(contact.AttendeeId, 1, (_, n) => n + 1);
            Arrival(contact.AttendeeId).TrySetResult(now);
        };
        connection.ContactRequestChanged += OnRequestChanged;
        connection.Connection.Closed += _ =>
        {
            Interlocked.Increment(ref _drops);
            return Task.CompletedTask;
        };
    }

    /// <summary>Forgets a connection that failed to start.</summary>
    public void Detach() => Connection = null;

    /// <summary>Completes with the timestamp at which <c>ContactAdded</c> for <paramref name="otherId"/> arrived.</summary>
    public Task<long> ContactAddedFrom(string otherId) => Arrival(otherId).Task;

    private TaskCompletionSource<long> Arrival(string otherId) =>
        _added.GetOrAdd(otherId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));

    private void OnRequestChanged(ContactRequest request)
    {
        if (request.ToId != AttendeeId || request.Status != RequestStatus.Pending || !_answered.TryAdd(request.Id, 0) || Connection is not { } connection)
        {
            return;
        }
        // Answered off the push's thread: the SDK delivers pushes in order, and a blocked handler would hold the next ones.
        _ = Task.Run(async () =>
        {
            try
            {
                await connection.RespondToContactRequest(request.Id, RequestStatus.Accepted);
            }
            catch (Exception e)
            {
                _answerErrors.AddOrUpdate(Registration.Retry.Describe(e), 1, (_, n) => n + 1);
            }
        });
    }
}
