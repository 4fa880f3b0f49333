using WsisConnect.Contracts.Identity;

namespace WsisConnect.Server.Demo;

/// <summary>
/// Personal access codes in the XXXX-XXXX-XXXX form of AccessCode.Generate, but drawn from the seeded generator so
/// the same seed hands every person the same code on every machine.
/// </summary>
internal sealed class DemoAccessCodes(Random random, IEnumerable<string> taken)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly HashSet<string> issued = new(taken.Select(AccessCode.Normalize), StringComparer.Ordinal);

    public string Next()
    {
        while (true)
        {
            var chars = new char[14];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = i is 4 or 9 ? '-' : Alphabet[random.Next(Alphabet.Length)];
            }
            var code = new string(chars);
            if (issued.Add(AccessCode.Normalize(code)))
            {
                return code;
            }
        }
    }
}
