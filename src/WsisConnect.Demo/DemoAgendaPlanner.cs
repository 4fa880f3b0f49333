using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Demo;

/// <summary>
/// Lays out the week: the fixed backbone first, then workshops, dialogues and cafés in the free slots of the rooms,
/// so that no room ever holds two sessions at once.
/// </summary>
internal sealed class DemoAgendaPlanner(Random random)
{
    // Friday is short: the closing ceremony starts at 14:30.
    private static readonly int[] SessionsPerDay = [52, 54, 54, 52, 38];

    private static readonly TimeOnly OpeningEnds = new(10, 30);
    private static readonly TimeOnly ClosingStarts = new(14, 30);

    private static readonly string[] CountryWorkshopHosts =
        ["SA", "RW", "KE", "IN", "BR", "ID", "PL", "EG", "CN", "RU", "OM", "BF", "AE", "EE", "MY", "NG", "CO", "KZ", "SN", "JP", "MA", "CR"];

    private readonly Queue<DemoTheme> themes = new();

    public IReadOnlyList<DemoPlannedSession> Plan()
    {
        var titles = new DemoSessionTitles(random);
        var planned = DemoFixedSessions.All.Select(session => Fix(session, titles)).ToList();
        var free = Enumerable.Range(0, DemoWeek.Days)
            .SelectMany(day => FreeSlots(day, planned.Where(session => session.Slot.Day == day).Select(session => session.Slot).ToList()))
            .OrderBy(slot => slot.StartsAt).ThenBy(slot => slot.Room.Order)
            .ToList();
        var facilitation = FacilitationSlots(free);
        var hosts = new Queue<DemoCountry>(Shuffled(CountryWorkshopHosts.Select(DemoCountries.Get)));
        var plenaries = 0;
        foreach (var slot in free)
        {
            if (facilitation.TryGetValue(slot, out var line))
            {
                var (lineTitle, lineDescription) = titles.WriteFacilitation(line);
                planned.Add(new(slot, SessionFormat.ActionLineFacilitation, lineTitle, lineDescription, [line.Code], line.Sdgs, null));
                continue;
            }
            var format = slot.Room.Kind switch
            {
                DemoRoomKind.Cafe => SessionFormat.KnowledgeCafe,
                DemoRoomKind.Plenary => plenaries++ % 3 == 2 ? SessionFormat.HighLevelDialogue : SessionFormat.LeadersTalkX,
                DemoRoomKind.Youth => SessionFormat.YouthTrack,
                _ => WorkshopFormat(hosts.Count > 0),
            };
            var host = format == SessionFormat.CountryWorkshop ? hosts.Dequeue() : null;
            var theme = NextTheme();
            var (title, description) = titles.Write(format, theme, host);
            var track = format == SessionFormat.YouthTrack ? "Youth" : theme.Track;
            planned.Add(new(slot, format, title, description, Subset(theme.ActionLines), Subset(theme.Sdgs), track, host));
        }
        return planned.OrderBy(session => session.Slot.StartsAt).ThenBy(session => session.Slot.Room.Order).ToList();
    }

    private static DemoPlannedSession Fix(DemoFixedSession session, DemoSessionTitles titles)
    {
        titles.Reserve(session.Title);
        var slot = new DemoSlot(session.Day, DemoRooms.Get(session.Room), session.Start, session.Minutes);
        return new(slot, session.Format, session.Title, session.Description, session.ActionLines, session.Sdgs, session.Track);
    }

    private List<DemoSlot> FreeSlots(int day, List<DemoSlot> booked)
    {
        var free = DemoRooms.All
            .SelectMany(room => room.Grid.Select(cell => new DemoSlot(day, room, cell.Start, cell.Minutes)))
            .Where(slot => !booked.Any(slot.ClashesWith) && IsDuringForumHours(slot))
            .ToList();
        // The halls and the café are never left empty; other rooms fill at random up to the day's count.
        var always = free.Where(slot => slot.Room.Kind is DemoRoomKind.Plenary or DemoRoomKind.Cafe).ToList();
        var others = Shuffled(free.Except(always));
        var needed = SessionsPerDay[day] - booked.Count - always.Count;
        if (needed < 0 || needed > others.Length)
        {
            throw new InvalidOperationException($"Day {day + 1} cannot hold {SessionsPerDay[day]} sessions.");
        }
        return [.. always, .. others.Take(needed)];
    }

    // Nothing runs against the opening ceremony on Monday or the closing ceremony on Friday.
    private static bool IsDuringForumHours(DemoSlot slot) => slot.Day switch
    {
        0 => slot.Start >= OpeningEnds,
        DemoWeek.Days - 1 => slot.End <= ClosingStarts,
        _ => true,
    };

    // One meeting per action line (and per C7 area), Tuesday to Thursday, in rooms with an hour or more.
    private Dictionary<DemoSlot, DemoActionLine> FacilitationSlots(List<DemoSlot> free)
    {
        var meetings = DemoActionLines.FacilitationMeetings;
        var chosen = Shuffled(free.Where(slot =>
                slot.Day is >= 1 and <= 3
                && slot.Room.Kind is DemoRoomKind.Workshop or DemoRoomKind.Meeting
                && slot.Minutes >= 60))
            .Take(meetings.Count)
            .OrderBy(slot => slot.StartsAt).ThenBy(slot => slot.Room.Order)
            .ToList();
        return chosen.Zip(meetings).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    private SessionFormat WorkshopFormat(bool hostsLeft) => random.Next(100) switch
    {
        < 55 => SessionFormat.ThematicWorkshop,
        < 80 => SessionFormat.InteractiveSession,
        _ when hostsLeft => SessionFormat.CountryWorkshop,
        _ => SessionFormat.ThematicWorkshop,
    };

    // Dealt like cards so that every theme comes up before any comes up again.
    private DemoTheme NextTheme()
    {
        if (themes.Count == 0)
        {
            foreach (var theme in Shuffled(DemoSessionThemes.All))
            {
                themes.Enqueue(theme);
            }
        }
        return themes.Dequeue();
    }

    // Tags are listed most relevant first, so a session keeps the leading one or more.
    private T[] Subset<T>(IReadOnlyList<T> tags) => tags.Take(1 + random.Next(Math.Min(3, tags.Count))).ToArray();

    private T[] Shuffled<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
