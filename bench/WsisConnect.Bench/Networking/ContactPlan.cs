namespace WsisConnect.Bench.Networking;

/// <summary>Random distinct pairs of people, no pair twice, half made by badge scan and half by request, shuffled.</summary>
public static class ContactPlan
{
    /// <summary>
    /// <paramref name="contacts"/> pairs among <paramref name="people"/>; the sender of a request is whichever of the two
    /// has sent fewer so far, so nobody comes near the limit of requests an hour.
    /// </summary>
    public static PlannedContact[] Make(int people, int contacts, int seed)
    {
        var possible = (long)people * (people - 1) / 2;
        if (contacts > possible)
        {
            throw new ArgumentOutOfRangeException(nameof(contacts), $"{people} people make at most {possible} distinct pairs");
        }
        var random = new Random(seed);
        var pairs = new HashSet<(int, int)>();
        var sent = new int[people];
        var plan = new PlannedContact[contacts];
        for (var i = 0; i < contacts; i++)
        {
            int a, b;
            do
            {
                a = random.Next(people);
                b = random.Next(people);
            }
            while (a == b || !pairs.Add((Math.Min(a, b), Math.Max(a, b))));
            var method = i % 2 == 0 ? ContactMethod.BadgeScan : ContactMethod.RequestAccept;
            if (method == ContactMethod.RequestAccept && sent[b] < sent[a])
            {
                (a, b) = (b, a);
            }
            if (method == ContactMethod.RequestAccept)
            {
                sent[a]++;
            }
            plan[i] = new PlannedContact(a, b, method);
        }
        random.Shuffle(plan);
        return plan;
    }
}
