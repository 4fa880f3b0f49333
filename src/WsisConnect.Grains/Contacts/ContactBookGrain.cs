using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Limits;
using WsisConnect.Grains.Messages;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Contacts;

/// <summary>
/// One person's contacts, requests, private notes and blocks. Only the owner reads or changes it. It is
/// reentrant, so the pair grain and other books can call it while it waits on them (two people sending each
/// other a request at the same instant) without deadlock; every change and its write happen under one lock,
/// which is never held across a call to another grain.
/// </summary>
[Reentrant]
public sealed class ContactBookGrain(
    [PersistentState("contacts")] IPersistentState<ContactBookState> state,
    ILiveBroadcaster broadcaster,
    IOptions<ContactOptions> contactOptions,
    IOptions<MessageOptions> messageOptions,
    TimeProvider time) : Grain, IContactBookGrain
{
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly SlidingWindowLimiter _messages = new(messageOptions.Value.MaxPerWindow, messageOptions.Value.Window, time);

    private string Id => this.GetPrimaryKeyString();
    private ContactBookState Book => state.State;

    public Task<ContactBookView> GetAsync(Caller caller)
    {
        EnsureOwner(caller);
        return Task.FromResult(new ContactBookView(
            [.. Book.Contacts.Values.OrderBy(c => c.Name, StringComparer.CurrentCulture)],
            [.. Book.Incoming.Values.Where(r => r.Status == RequestStatus.Pending).OrderByDescending(r => r.SentAt)],
            [.. Book.Outgoing.Values.OrderByDescending(r => r.SentAt)],
            [.. Book.Blocked.Order(StringComparer.Ordinal)]));
    }

    public async Task<ContactRequest> SendRequestAsync(Caller caller, string toId, string message)
    {
        EnsureOwner(caller);
        var text = (message ?? string.Empty).Trim();
        Require(toId != Id, ErrorCodes.ContactSelf, "You cannot send yourself a request.");
        Require(text.Length <= NetworkingLimits.MaxRequestMessageLength, ErrorCodes.Invalid, $"message: at most {NetworkingLimits.MaxRequestMessageLength} characters.");
        Require(!Book.Contacts.ContainsKey(toId), ErrorCodes.AlreadyContact, "You are contacts already.");
        Require(!Book.Blocked.Contains(toId), ErrorCodes.ContactBlocked, "You blocked this person; unblock them first.");
        if (Book.Outgoing.Values.FirstOrDefault(r => r.ToId == toId && r.Status == RequestStatus.Pending) is { } pending)
        {
            return pending;
        }
        var now = time.GetUtcNow();
        Book.RequestsSent.RemoveAll(t => now - t > TimeSpan.FromHours(1));
        Require(Book.RequestsSent.Count < NetworkingLimits.RequestsPerHour, ErrorCodes.RequestRateLimited,
            $"At most {NetworkingLimits.RequestsPerHour} requests an hour; try again later.");
        var recipient = await GrainFactory.GetGrain<IAttendeeGrain>(toId).GetProfileAsync()
            ?? throw new ForumException(ErrorCodes.PersonNotFound, "There is nobody with this id.");

        var request = new ContactRequest("q" + Guid.NewGuid().ToString("N")[..12], Id, caller.Name, toId, recipient.Name, text, now, RequestStatus.Pending);
        await ChangeAsync(() =>
        {
            Require(!Book.Contacts.ContainsKey(toId), ErrorCodes.AlreadyContact, "You are contacts already.");
            Book.Outgoing[request.Id] = request;
            Book.RequestsSent.Add(now);
        });
        try
        {
            await GrainFactory.GetGrain<IContactBookGrain>(toId).ReceiveRequestAsync(request);
        }
        catch (ForumException)
        {
            // The recipient refused it (too many requests lately): nothing of it stays here either.
            await ChangeAsync(() =>
            {
                Book.Outgoing.Remove(request.Id);
                Book.RequestsSent.Remove(now);
            });
            throw;
        }
        await broadcaster.ContactRequestChangedAsync(Id, request);
        return request;
    }

    public async Task<ContactRequest> RespondAsync(Caller caller, string requestId, RequestStatus answer)
    {
        EnsureOwner(caller);
        if (CurrentOperation.Key is not null && Book.Incoming.TryGetValue(requestId ?? string.Empty, out var done) && done.Status == answer
            && answer != RequestStatus.Pending)
        {
            // The retry of an answer that was stored: the first outcome, not "no pending request".
            return done;
        }
        if (!Book.Incoming.TryGetValue(requestId ?? string.Empty, out var request) || request.Status != RequestStatus.Pending || answer == RequestStatus.Pending || !Enum.IsDefined(answer))
        {
            throw new ForumException(ErrorCodes.RequestNotFound, "No pending request with this id.");
        }
        var answered = request with { Status = answer };
        await ChangeAsync(() => Book.Incoming[requestId!] = answered);
        if (answer == RequestStatus.Accepted)
        {
            await GrainFactory.GetGrain<IContactPairGrain>(ContactPairKey.Of(request.FromId, Id).ToGrainKey())
                .ConnectAsync(new ContactParty(request.FromId, request.FromName), new ContactParty(Id, caller.Name), ContactSource.Request);
        }
        if (answer != RequestStatus.Ignored)
        {
            // An ignored request stays pending for its sender: ignoring is not a refusal anyone is told about.
            await GrainFactory.GetGrain<IContactBookGrain>(request.FromId).OnRequestAnsweredAsync(answered);
        }
        await broadcaster.ContactRequestChangedAsync(Id, answered);
        return answered;
    }

    public async Task SetBlockedAsync(Caller caller, string otherId, bool blocked)
    {
        EnsureOwner(caller);
        Require(otherId != Id, ErrorCodes.ContactSelf, "You cannot block yourself.");
        await ChangeAsync(() =>
        {
            if (!(blocked ? Book.Blocked.Add(otherId) : Book.Blocked.Remove(otherId)) || !blocked)
            {
                return;
            }
            foreach (var pending in Book.Incoming.Values.Where(r => r.FromId == otherId && r.Status == RequestStatus.Pending).ToList())
            {
                Book.Incoming[pending.Id] = pending with { Status = RequestStatus.Ignored };
            }
        });
    }

    public async Task<Contact> AnnotateAsync(Caller caller, string contactId, string note, string[] tags)
    {
        EnsureOwner(caller);
        var (text, cleanTags) = ContactNotes.Validate(note, tags);
        Contact? annotated = null;
        await ChangeAsync(() =>
        {
            if (!Book.Contacts.TryGetValue(contactId ?? string.Empty, out var contact))
            {
                throw new ForumException(ErrorCodes.NotAContact, "This person is not one of your contacts.");
            }
            Book.Contacts[contactId!] = annotated = contact with { Note = text, Tags = cleanTags };
        });
        return annotated!;
    }

    public Task<bool> IsContactAsync(string otherId) => Task.FromResult(Book.Contacts.ContainsKey(otherId));

    public Task<bool> HasBlockedAsync(string otherId) => Task.FromResult(Book.Blocked.Contains(otherId));

    public async Task ReceiveRequestAsync(ContactRequest request)
    {
        if (Book.Blocked.Contains(request.FromId) || Book.Contacts.ContainsKey(request.FromId))
        {
            return;
        }
        // Both asked each other: that is agreement.
        if (Book.Outgoing.Values.Any(r => r.ToId == request.FromId && r.Status == RequestStatus.Pending))
        {
            await GrainFactory.GetGrain<IContactPairGrain>(ContactPairKey.Of(request.FromId, Id).ToGrainKey())
                .ConnectAsync(new ContactParty(request.FromId, request.FromName), new ContactParty(Id, request.ToName), ContactSource.Request);
            return;
        }
        var (limit, window) = (contactOptions.Value.IncomingRequestsPerWindow, contactOptions.Value.IncomingRequestWindow);
        await ChangeAsync(() =>
        {
            // Counted under the write lock, so requests arriving together cannot all slip under the limit.
            var now = time.GetUtcNow();
            Require(Book.Incoming.Values.Count(r => now - r.SentAt < window) < limit, ErrorCodes.RecipientRateLimited,
                "This person has received many contact requests lately; try again later.");
            Book.Incoming[request.Id] = request;
        });
        await broadcaster.ContactRequestChangedAsync(Id, request);
    }

    public Task CountOutgoingMessageAsync()
    {
        if (_messages.RetryAfter(Id) is { } wait)
        {
            throw new ForumException(ErrorCodes.MessageRateLimited, $"At most {messageOptions.Value.MaxPerWindow} messages per "
                + $"{messageOptions.Value.Window.TotalSeconds:0} s; try again in {Math.Ceiling(wait.TotalSeconds):0} s.");
        }
        _messages.Record(Id);
        return Task.CompletedTask;
    }

    public async Task OnRequestAnsweredAsync(ContactRequest request)
    {
        if (Book.Outgoing.ContainsKey(request.Id))
        {
            await ChangeAsync(() => Book.Outgoing[request.Id] = request);
            await broadcaster.ContactRequestChangedAsync(Id, request);
        }
    }

    public async Task AddContactAsync(Contact contact)
    {
        var added = false;
        await ChangeAsync(() =>
        {
            if (!Book.Contacts.TryAdd(contact.AttendeeId, contact))
            {
                return;
            }
            added = true;
            foreach (var request in Book.Outgoing.Values.Where(r => r.ToId == contact.AttendeeId && r.Status == RequestStatus.Pending).ToList())
            {
                Book.Outgoing[request.Id] = request with { Status = RequestStatus.Accepted };
            }
            foreach (var request in Book.Incoming.Values.Where(r => r.FromId == contact.AttendeeId && r.Status == RequestStatus.Pending).ToList())
            {
                Book.Incoming[request.Id] = request with { Status = RequestStatus.Accepted };
            }
        });
        if (added)
        {
            await broadcaster.ContactAddedAsync(Id, contact);
        }
    }

    public Task ForgetAsync(string otherId) => ChangeAsync(() =>
    {
        Book.Contacts.Remove(otherId);
        Book.Blocked.Remove(otherId);
        foreach (var id in Book.Incoming.Values.Where(r => r.FromId == otherId).Select(r => r.Id).ToList()) Book.Incoming.Remove(id);
        foreach (var id in Book.Outgoing.Values.Where(r => r.ToId == otherId).Select(r => r.Id).ToList()) Book.Outgoing.Remove(id);
    });

    public async Task EraseAsync()
    {
        await _writing.WaitAsync();
        try
        {
            await state.ClearStateAsync();
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Applies a change and stores it, one at a time; the change may refuse by throwing, leaving nothing changed.</summary>
    private async Task ChangeAsync(Action change)
    {
        await _writing.WaitAsync();
        try
        {
            change();
            await state.WriteStateAsync();
        }
        catch (Exception ex) when (ex is not ForumException)
        {
            // The store refused the write: drop the unsaved change rather than serve it from memory.
            await state.ReadStateAsync();
            throw;
        }
        finally
        {
            _writing.Release();
        }
    }

    private void EnsureOwner(Caller caller)
    {
        if (caller.AttendeeId != Id)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only the owner reads or changes their contacts.");
        }
    }

    private static void Require(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new ForumException(code, message);
        }
    }
}
