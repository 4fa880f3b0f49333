using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Privacy;

/// <summary>
/// A feature that keeps something about a person: it adds its part to their personal-data download and erases it
/// when they delete their account. Each feature that stores person-keyed data registers one in <c>AddWsisGrains</c>;
/// the account walks every registered holder, so a feature cannot be left out of a download or an erasure by
/// someone forgetting to call it. Holders run one after the other, in the order they are registered.
/// </summary>
public interface IPersonalDataHolder
{
    /// <summary>Sets this feature's part of <paramref name="download"/> (an empty part when it holds nothing).</summary>
    Task ExportAsync(Caller person, PersonalDataDownload download);

    /// <summary>
    /// Erases what this feature holds about the person, or makes it nameless where it must stay counted. Safe to
    /// run again: the account erases twice, to catch what arrived while it erased.
    /// </summary>
    Task EraseAsync(Caller person);
}
