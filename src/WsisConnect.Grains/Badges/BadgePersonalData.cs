using WsisConnect.Grains.Abstractions.Badges;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Badges;

/// <summary>
/// A person's badge. It adds nothing to the download (a version and a short code: a credential, not something
/// said about the person); on deletion every badge ever issued to them stops scanning.
/// </summary>
public sealed class BadgePersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public Task ExportAsync(Caller person, PersonalDataDownload download) => Task.CompletedTask;

    public Task EraseAsync(Caller person) => grains.GetGrain<IBadgeGrain>(person.AttendeeId).EraseAsync();
}
