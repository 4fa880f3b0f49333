using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Contacts;

/// <summary>A person's contact book; on deletion they also leave the books of everyone they knew or asked.</summary>
public sealed class ContactPersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public async Task ExportAsync(Caller person, PersonalDataDownload download) =>
        download.Contacts = await grains.GetGrain<IContactBookGrain>(person.AttendeeId).GetAsync(person);

    public async Task EraseAsync(Caller person)
    {
        var book = grains.GetGrain<IContactBookGrain>(person.AttendeeId);
        foreach (var other in (await book.GetAsync(person)).Everyone())
        {
            await grains.GetGrain<IContactBookGrain>(other).ForgetAsync(person.AttendeeId);
            await grains.GetGrain<IContactPairGrain>(ContactPairKey.Of(person.AttendeeId, other).ToGrainKey()).EraseAsync();
        }
        // The own book goes last: it is how the others above are found if this has to run again.
        await book.EraseAsync();
    }
}
