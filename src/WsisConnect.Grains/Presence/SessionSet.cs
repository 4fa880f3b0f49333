using System.Numerics;

namespace WsisConnect.Grains.Presence;

/// <summary>A set of up to 256 sessions (a forum week has about 250) as four words, for counting sessions in common.</summary>
public readonly record struct SessionSet(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>The set of session numbers 0-255 (others are ignored).</summary>
    public static SessionSet Of(IEnumerable<int> indexes)
    {
        Span<ulong> words = stackalloc ulong[4];
        foreach (var i in indexes)
        {
            if (i is >= 0 and < 256) words[i >> 6] |= 1ul << (i & 63);
        }
        return new SessionSet(words[0], words[1], words[2], words[3]);
    }

    /// <summary>How many sessions both sets hold.</summary>
    public int Shared(in SessionSet other) =>
        BitOperations.PopCount(A & other.A) + BitOperations.PopCount(B & other.B)
        + BitOperations.PopCount(C & other.C) + BitOperations.PopCount(D & other.D);
}
