using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Messages;

/// <summary>The messages of two contacts, keyed like their pair (<see cref="ContactPairKey"/>).</summary>
public interface IConversationGrain : IGrainWithStringKey
{
    /// <summary>Sends a message to the other person; contacts only, at most 2,000 characters.</summary>
    Task<DirectMessage> SendAsync(Caller caller, string text);

    /// <summary>Up to <paramref name="take"/> messages before <paramref name="beforeSequence"/> (null: the newest).</summary>
    Task<MessagePage> GetPageAsync(Caller caller, long? beforeSequence, int take);

    /// <summary>Deletes the conversation on both sides (one of the two deleted their account).</summary>
    Task EraseAsync();

    /// <summary>Marks messages up to <paramref name="sequence"/> read; returns what is still unread.</summary>
    Task<long> MarkReadAsync(Caller caller, long sequence);
}
