using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Messages;

/// <summary>
/// A person's conversations, found through their contact book (a conversation is keyed by the pair), and their
/// unread counts. Registered before the contact book's holder, which erases the book these are found through.
/// </summary>
public sealed class MessagePersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    private const int PageSize = 100;

    public async Task ExportAsync(Caller person, PersonalDataDownload download)
    {
        var book = await grains.GetGrain<IContactBookGrain>(person.AttendeeId).GetAsync(person);
        var messages = new List<DirectMessage>();
        foreach (var contact in book.Contacts)
        {
            var conversation = grains.GetGrain<IConversationGrain>(ContactPairKey.Of(person.AttendeeId, contact.AttendeeId).ToGrainKey());
            for (long? before = null; ;)
            {
                var page = await conversation.GetPageAsync(person, before, PageSize);
                messages.AddRange(page.Messages);
                if (!page.HasOlder || page.Messages.Length == 0) break;
                before = page.Messages[0].Sequence;
            }
        }
        download.Messages = [.. messages];
    }

    public async Task EraseAsync(Caller person)
    {
        var book = await grains.GetGrain<IContactBookGrain>(person.AttendeeId).GetAsync(person);
        foreach (var other in book.Everyone())
        {
            await grains.GetGrain<IConversationGrain>(ContactPairKey.Of(person.AttendeeId, other).ToGrainKey()).EraseAsync();
        }
        await grains.GetGrain<IInboxGrain>(person.AttendeeId).EraseAsync();
    }
}
