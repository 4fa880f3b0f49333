using WsisConnect.Contracts.Identity;

namespace WsisConnect.Demo;

/// <summary>
/// Personal access codes for generated demo people, from the cryptographic generator (<see cref="AccessCode.Generate"/>):
/// everything else about the demo comes from a seeded generator anyone can replay, and a code drawn from it would be
/// a code anyone could sign in with. Only the featured demo codes are fixed, and they are public on purpose.
/// </summary>
internal sealed class DemoAccessCodes(IEnumerable<string> taken)
{
    private readonly HashSet<string> issued = new(taken.Select(AccessCode.Normalize), StringComparer.Ordinal);

    public string Next()
    {
        while (true)
        {
            var code = AccessCode.Generate();
            if (issued.Add(AccessCode.Normalize(code)))
            {
                return code;
            }
        }
    }
}
