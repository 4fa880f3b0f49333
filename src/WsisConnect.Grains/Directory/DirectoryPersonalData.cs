using WsisConnect.Contracts.Forum;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Directory;

/// <summary>
/// A person's directory listing. It adds nothing to the download: it is their profile as others see it (the
/// download's profile) with the sessions they checked in to (its check-ins).
/// </summary>
public sealed class DirectoryPersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public Task ExportAsync(Caller person, PersonalDataDownload download) => Task.CompletedTask;

    public Task EraseAsync(Caller person) => grains.GetGrain<IDirectoryGrain>(ForumKeys.Forum).SetAsync(person.AttendeeId, null);
}
