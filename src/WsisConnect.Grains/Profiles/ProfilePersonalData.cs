using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Profiles;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Profiles;

/// <summary>A person's networking profile.</summary>
public sealed class ProfilePersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public async Task ExportAsync(Caller person, PersonalDataDownload download) =>
        download.Profile = await grains.GetGrain<IProfileGrain>(person.AttendeeId).GetAsync(person);

    public Task EraseAsync(Caller person) => grains.GetGrain<IProfileGrain>(person.AttendeeId).EraseAsync();
}
