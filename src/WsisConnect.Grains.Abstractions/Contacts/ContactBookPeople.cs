using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Abstractions.Contacts;

/// <summary>Who a contact book connects its owner with.</summary>
public static class ContactBookPeople
{
    /// <summary>Everyone in the book once: contacts, people the owner asked, people asking the owner.</summary>
    public static IEnumerable<string> Everyone(this ContactBookView book) =>
        book.Contacts.Select(c => c.AttendeeId).Concat(book.Outgoing.Select(r => r.ToId)).Concat(book.Incoming.Select(r => r.FromId)).Distinct();
}
