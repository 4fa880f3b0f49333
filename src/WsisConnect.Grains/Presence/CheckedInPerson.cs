using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Presence;

/// <summary>
/// A person checked in to a session, as its presence grain holds them and stores them in one hash field,
/// <c>{o|r}|{v|h|u}|{name}</c>: on site or remote; visible, hidden by their choice, or chose to be visible but is
/// not listed in the directory.
/// </summary>
public sealed record CheckedInPerson(PresentPerson Person, bool Visible, bool Listed)
{
    /// <summary>Whether the person is named in the list of who is here.</summary>
    public bool Shown => Visible && Listed;

    /// <summary>The stored form.</summary>
    public string Serialize() =>
        $"{(Person.Participation == Participation.OnSite ? "o" : "r")}|{(!Visible ? "h" : Listed ? "v" : "u")}|{Person.Name}";

    /// <summary>Reads the stored form of <paramref name="attendeeId"/>'s check-in.</summary>
    public static CheckedInPerson Parse(string attendeeId, string stored)
    {
        var parts = stored.Split('|', 3);
        var person = new PresentPerson(attendeeId, parts[2], parts[0] == "o" ? Participation.OnSite : Participation.Remote);
        return new CheckedInPerson(person, Visible: parts[1] != "h", Listed: parts[1] != "u");
    }
}
