using WsisConnect.Contracts.Networking;
namespace WsisConnect.Grains.Abstractions.Messages;

/// <summary>
/// A person's inbox, keyed by attendee id: their unread message counts across conversations. The conversations
/// keep the counts; anyone else reads or forgets them here.
/// </summary>
public interface IInboxGrain : IGrainWithStringKey
{
    /// <summary>Unread messages per contact, only contacts with some.</summary>
    Task<Dictionary<string, long>> GetUnreadAsync();

    /// <summary>Forgets every unread count of the person (account deletion).</summary>
    Task EraseAsync();
}
