namespace WsisConnect.Demo;

/// <summary>
/// People who can fill one kind of seat on a panel, dealt in random order; once everyone has spoken the pool is
/// reshuffled, since ministers and heads of agencies do speak several times in a week.
/// </summary>
internal sealed class DemoSpeakerPool(Random random, IEnumerable<DemoRegistrant> members)
{
    private readonly DemoRegistrant[] members = members.ToArray();
    private readonly Queue<DemoRegistrant> deck = new();

    /// <summary>The next person not already on <paramref name="panel"/>, or null when nobody fits.</summary>
    public DemoRegistrant? Next(IReadOnlyCollection<DemoRegistrant> panel)
    {
        for (var attempt = 0; attempt <= members.Length; attempt++)
        {
            if (deck.Count == 0)
            {
                var order = members.ToArray();
                random.Shuffle(order);
                foreach (var member in order)
                {
                    deck.Enqueue(member);
                }
            }
            if (deck.Count == 0)
            {
                return null;
            }
            var candidate = deck.Dequeue();
            if (!panel.Contains(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
