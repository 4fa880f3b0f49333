using System.Reflection;
using System.Xml.Linq;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Errors;
using WsisConnect.Demo;
using WsisConnect.Grains;
using WsisConnect.Storage;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Architecture;

/// <summary>
/// The borders of docs/architecture.md, enforced: which of our projects each project may use. Checked twice, on
/// what the compiled assemblies really reference and on the project files (a reference not used yet still counts).
/// </summary>
public sealed class ProjectBorderTests
{
    /// <summary>Each of our projects and the only projects of ours it may reference.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["WsisConnect.Contracts"] = [],
        ["WsisConnect.Storage"] = [],
        ["WsisConnect.Grains"] = ["WsisConnect.Contracts"],
        ["WsisConnect.Demo"] = ["WsisConnect.Contracts"],
        ["WsisConnect.Client"] = ["WsisConnect.Contracts"],
        // WsisConnect.TypeScript only as a build step (ReferenceOutputAssembly=false): it writes the PWA's wire types.
        ["WsisConnect.Server"] = ["WsisConnect.Contracts", "WsisConnect.Grains", "WsisConnect.Storage", "WsisConnect.Demo", "WsisConnect.TypeScript"],
        // The grain tests get their embedded Garnet from Storage, never from the host.
        ["WsisConnect.Grains.Tests"] = ["WsisConnect.Contracts", "WsisConnect.Grains", "WsisConnect.Storage", "WsisConnect.Testing"],
    };

    private static readonly Assembly[] Compiled =
    [
        typeof(ErrorCodes).Assembly, typeof(ForumStore).Assembly, typeof(GrainsSiloBuilderExtensions).Assembly,
        typeof(DemoSetup).Assembly, typeof(ForumApiClient).Assembly, typeof(Program).Assembly,
    ];

    [Fact]
    public void CompiledProjectsUseOnlyTheProjectsTheirBorderAllows()
    {
        var breaches = Compiled.SelectMany(assembly => Breaches(
            assembly.GetName().Name!,
            assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(IsOurs)));
        Assert.Empty(breaches);
    }

    [Fact]
    public void ProjectFilesReferenceOnlyTheProjectsTheirBorderAllows()
    {
        var root = RepositoryLayout.FindRoot();
        var breaches = Allowed.Keys.SelectMany(project =>
        {
            var folder = project.EndsWith(".Tests", StringComparison.Ordinal) ? "tests" : "src";
            var file = Path.Combine(root, folder, project, project + ".csproj");
            var referenced = XDocument.Load(file).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
            return Breaches(project, referenced);
        });
        Assert.Empty(breaches);
    }

    private static IEnumerable<string> Breaches(string project, IEnumerable<string> referenced) =>
        referenced.Except(Allowed[project]).Select(r => $"{project} -> {r}");

    private static bool IsOurs(string assembly) => assembly.StartsWith("WsisConnect.", StringComparison.Ordinal);
}
