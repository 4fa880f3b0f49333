using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Profiles;

/// <summary>What of a person each audience sees, field by field.</summary>
public static class ProfileProjection
{
    /// <summary>The card for a viewer who is (or is not) a contact; the person themselves sees every field.</summary>
    public static ProfileCard ToCard(AttendeeProfile person, NetworkingProfile profile, bool contact, bool self = false)
    {
        var v = profile.Visibility;
        bool Shown(FieldVisibility visibility) => self || visibility == FieldVisibility.Everyone || (visibility == FieldVisibility.Contacts && contact);
        T? Show<T>(FieldVisibility visibility, T value) where T : class => Shown(visibility) ? value : null;
        return new ProfileCard(
            person.Id, person.Name,
            Show(v.Organisation, person.Organisation),
            Show(v.Title, person.Title),
            Show(v.Country, person.Country),
            Shown(v.StakeholderType) ? person.StakeholderType : null,
            person.Participation,
            Show(v.Interests, profile.ActionLines),
            Show(v.Interests, profile.Sdgs),
            Show(v.Interests, profile.Tracks),
            Show(v.Languages, profile.Languages),
            Show(v.Bio, profile.Bio),
            Show(v.Links, profile.Links),
            contact);
    }

    /// <summary>The directory's entry: only what everyone may see, so search and suggestions never reveal a hidden field.</summary>
    public static DirectoryEntry ToDirectoryEntry(AttendeeProfile person, NetworkingProfile profile)
    {
        var card = ToCard(person, profile, contact: false);
        return new DirectoryEntry(person.Id, person.Name, card.Organisation, card.Country, card.StakeholderType, person.Participation,
            card.ActionLines ?? [], card.Sdgs ?? [], card.Tracks ?? [], card.Languages ?? []);
    }
}
