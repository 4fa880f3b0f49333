using System.Text.RegularExpressions;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Architecture;

/// <summary>
/// One type per wire shape (style rule 23): the SDK sends a Contracts type, or no body where an endpoint takes none,
/// never an anonymous object the server's binding and the generated TypeScript know nothing of.
/// </summary>
public sealed partial class SdkBodyTests
{
    [Fact]
    public void TheSdkSendsNoAnonymousObjects()
    {
        var client = Path.Combine(RepositoryLayout.FindRoot(), "src", "WsisConnect.Client");
        var anonymous = Directory.EnumerateFiles(client, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => AnonymousObject().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}");
        Assert.Empty(anonymous);
    }

    [GeneratedRegex(@"\bnew\s*\{")]
    private static partial Regex AnonymousObject();
}
