using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Networking;

/// <summary>
/// One person's contacts, requests, private notes and blocks. Only the owner reads or changes it; other books and
/// the pair grain notify it one-way, and it tells its owner live.
/// </summary>
public sealed class ContactBookGrain(
    [PersistentState("contacts")] IPersistentState<ContactBookState> state,
    ILiveBroadcaster broadcaster,
    TimeProvider time) : Grain, IContactBookGrain
{
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
        Book.Outgoing[request.Id] = request;
        Book.RequestsSent.Add(now);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IContactBookGrain>(toId).ReceiveRequestAsync(request);
        await broadcaster.ContactRequestChangedAsync(Id, request);
        return request;
    }

    public async Task<ContactRequest> RespondAsync(Caller caller, string requestId, RequestStatus answer)
    {
        EnsureOwner(caller);
        if (!Book.Incoming.TryGetValue(requestId ?? string.Empty, out var request) || request.Status != RequestStatus.Pending || answer == RequestStatus.Pending || !Enum.IsDefined(answer))
        {
            throw new ForumException(ErrorCodes.RequestNotFound, "No pending request with this id.");
        }
        var answered = request with { Status = answer };
        Book.Incoming[requestId!] = answered;
        await state.WriteStateAsync();
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
        if (blocked ? Book.Blocked.Add(otherId) : Book.Blocked.Remove(otherId))
        {
            if (blocked)
            {
                foreach (var pending in Book.Incoming.Values.Where(r => r.FromId == otherId && r.Status == RequestStatus.Pending).ToList())
                {
                    Book.Incoming[pending.Id] = pending with { Status = RequestStatus.Ignored };
                }
            }
            await state.WriteStateAsync();
        }
    }

    public async Task<Contact> AnnotateAsync(Caller caller, string contactId, string note, string[] tags)
    {
        EnsureOwner(caller);
        if (!Book.Contacts.TryGetValue(contactId ?? string.Empty, out var contact))
        {
            throw new ForumException(ErrorCodes.NotAContact, "This person is not one of your contacts.");
        }
        var (text, cleanTags) = ContactNotes.Validate(note, tags);
        var annotated = contact with { Note = text, Tags = cleanTags };
        Book.Contacts[contactId!] = annotated;
        await state.WriteStateAsync();
        return annotated;
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
        Book.Incoming[request.Id] = request;
        await state.WriteStateAsync();
        await broadcaster.ContactRequestChangedAsync(Id, request);
    }

    public async Task OnRequestAnsweredAsync(ContactRequest request)
    {
        if (Book.Outgoing.ContainsKey(request.Id))
        {
            Book.Outgoing[request.Id] = request;
            await state.WriteStateAsync();
            await broadcaster.ContactRequestChangedAsync(Id, request);
        }
    }

    public async Task AddContactAsync(Contact contact)
    {
        if (Book.Contacts.ContainsKey(contact.AttendeeId))
        {
            return;
        }
        Book.Contacts[contact.AttendeeId] = contact;
        foreach (var request in Book.Outgoing.Values.Where(r => r.ToId == contact.AttendeeId && r.Status == RequestStatus.Pending).ToList())
        {
            Book.Outgoing[request.Id] = request with { Status = RequestStatus.Accepted };
        }
        foreach (var request in Book.Incoming.Values.Where(r => r.FromId == contact.AttendeeId && r.Status == RequestStatus.Pending).ToList())
        {
            Book.Incoming[request.Id] = request with { Status = RequestStatus.Accepted };
        }
        await state.WriteStateAsync();
        await broadcaster.ContactAddedAsync(Id, contact);
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
