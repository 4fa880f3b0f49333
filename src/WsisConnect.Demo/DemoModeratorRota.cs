namespace WsisConnect.Demo;

/// <summary>Hands sessions to the forum's moderators, evenly, and never two sessions at the same time to one person.</summary>
internal sealed class DemoModeratorRota(Random random, IReadOnlyList<string> moderatorIds)
{
    private readonly Dictionary<string, List<DemoSlot>> bookings =
        moderatorIds.ToDictionary(id => id, _ => new List<DemoSlot>(), StringComparer.Ordinal);

    public IReadOnlyList<string> Assign(DemoSlot slot, int count)
    {
        var chosen = moderatorIds
            .Where(id => !bookings[id].Any(slot.Overlaps))
            .OrderBy(id => bookings[id].Count)
            .ThenBy(_ => random.Next())
            .Take(count)
            .ToArray();
        foreach (var id in chosen)
        {
            bookings[id].Add(slot);
        }
        return chosen;
    }
}
