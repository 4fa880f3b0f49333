using Orleans.Concurrency;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Contacts;

/// <summary>A person's contacts, requests, notes and blocks, keyed by attendee id; only the person reads it.</summary>
public interface IContactBookGrain : IGrainWithStringKey
{
    /// <summary>Everything in the book; the person only.</summary>
    Task<ContactBookView> GetAsync(Caller caller);

    /// <summary>Sends a contact request to <paramref name="toId"/>.</summary>
    Task<ContactRequest> SendRequestAsync(Caller caller, string toId, string message);

    /// <summary>Accepts, declines or ignores an incoming request.</summary>
    Task<ContactRequest> RespondAsync(Caller caller, string requestId, RequestStatus answer);

    /// <summary>Blocks or unblocks a person: their requests and messages are then refused silently.</summary>
    Task SetBlockedAsync(Caller caller, string otherId, bool blocked);

    /// <summary>Sets the private note and tags on a contact.</summary>
    Task<Contact> AnnotateAsync(Caller caller, string contactId, string note, string[] tags);

    /// <summary>Whether <paramref name="otherId"/> is a contact.</summary>
    [AlwaysInterleave]
    Task<bool> IsContactAsync(string otherId);

    /// <summary>Whether this person blocked <paramref name="otherId"/>.</summary>
    [AlwaysInterleave]
    Task<bool> HasBlockedAsync(string otherId);

    /// <summary>
    /// A request arrives from someone (dropped silently if they are blocked); refused with
    /// <c>contact.recipient_rate_limited</c> when this person has received too many lately.
    /// </summary>
    Task ReceiveRequestAsync(ContactRequest request);

    /// <summary>Counts a message this person is sending; refuses with <c>message.rate_limited</c> beyond the per-sender limit.</summary>
    Task CountOutgoingMessageAsync();

    /// <summary>The recipient answered one of this person's requests.</summary>
    Task OnRequestAnsweredAsync(ContactRequest request);

    /// <summary>The pair grain made the two people contacts; returns once stored.</summary>
    Task AddContactAsync(Contact contact);

    /// <summary>Removes every trace of <paramref name="otherId"/> (they deleted their account).</summary>
    Task ForgetAsync(string otherId);

    /// <summary>Empties the book (account deletion).</summary>
    Task EraseAsync();
}
