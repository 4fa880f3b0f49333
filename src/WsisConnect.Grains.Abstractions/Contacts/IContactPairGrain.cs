using WsisConnect.Contracts.Networking;
namespace WsisConnect.Grains.Abstractions.Contacts;

/// <summary>
/// The relationship of two people, keyed by their ids in order (<see cref="ContactPairKey"/>): the single
/// authority that makes them contacts, so two scans at the same instant make one contact, not two.
/// </summary>
public interface IContactPairGrain : IGrainWithStringKey
{
    /// <summary>Ends the relationship (one of the two deleted their account).</summary>
    Task EraseAsync();

    /// <summary>Whether the two are contacts: the authority, unlike the books, which follow it.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<bool> AreContactsAsync();

    /// <summary>
    /// Makes the two contacts (if they are not yet) and returns, once both books have stored it, when and whether
    /// it happened now; a new contact starts with <paramref name="firstNote"/> and <paramref name="firstTags"/> in
    /// the first person's book (a scan's lead notes).
    /// </summary>
    Task<(DateTimeOffset Since, ContactSource Source, bool Created)> ConnectAsync(
        ContactParty first, ContactParty second, ContactSource source, string firstNote = "", string[]? firstTags = null);
}
