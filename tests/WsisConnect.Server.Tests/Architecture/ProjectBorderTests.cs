using System.Reflection;
using System.Xml.Linq;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Errors;
using WsisConnect.Demo;
using WsisConnect.Grains;
using WsisConnect.Grains.Abstractions.Wire;
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
        ["WsisConnect.Grains.Abstractions"] = ["WsisConnect.Contracts"],
        ["WsisConnect.Grains"] = ["WsisConnect.Contracts", "WsisConnect.Grains.Abstractions"],
        ["WsisConnect.Demo"] = ["WsisConnect.Contracts", "WsisConnect.Grains.Abstractions"],
        ["WsisConnect.Client"] = ["WsisConnect.Contracts"],
        // WsisConnect.TypeScript only as a build step (ReferenceOutputAssembly=false): it writes the PWA's wire types.
        ["WsisConnect.Server"] = ["WsisConnect.Contracts", "WsisConnect.Grains.Abstractions", "WsisConnect.Grains", "WsisConnect.Storage", "WsisConnect.Demo", "WsisConnect.TypeScript"],
        // The grain tests get their embedded Garnet from Storage, never from the host.
        ["WsisConnect.Grains.Tests"] = ["WsisConnect.Contracts", "WsisConnect.Grains.Abstractions", "WsisConnect.Grains", "WsisConnect.Storage", "WsisConnect.Testing"],
    };

    private static readonly Assembly[] Compiled =
    [
        typeof(ErrorCodes).Assembly, typeof(ForumStore).Assembly, typeof(WireAliases).Assembly, typeof(GrainsSiloBuilderExtensions).Assembly,
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

    /// <summary>
    /// The wire contract and the SDK stay free of Orleans, so an SDK user's package graph has none: grain interfaces
    /// and Orleans' codecs for the wire records live in WsisConnect.Grains.Abstractions.
    /// </summary>
    [Fact]
    public void TheWireContractAndTheSdkDoNotUseOrleans()
    {
        var orleans = new[] { typeof(ErrorCodes).Assembly, typeof(ForumApiClient).Assembly }
            .SelectMany(assembly => assembly.GetReferencedAssemblies()
                .Where(r => r.Name!.StartsWith("Orleans", StringComparison.Ordinal) || r.Name!.StartsWith("Microsoft.Orleans", StringComparison.Ordinal))
                .Select(r => $"{assembly.GetName().Name} -> {r.Name}"));
        Assert.Empty(orleans);

        var root = RepositoryLayout.FindRoot();
        var packages = new[] { "WsisConnect.Contracts", "WsisConnect.Client" }.SelectMany(project =>
            XDocument.Load(Path.Combine(root, "src", project, project + ".csproj")).Descendants("PackageReference")
                .Select(r => r.Attribute("Include")!.Value)
                .Where(p => p.StartsWith("Microsoft.Orleans", StringComparison.Ordinal))
                .Select(p => $"{project} -> {p}"));
        Assert.Empty(packages);
    }

    private static IEnumerable<string> Breaches(string project, IEnumerable<string> referenced) =>
        referenced.Except(Allowed[project]).Select(r => $"{project} -> {r}");

    private static bool IsOurs(string assembly) => assembly.StartsWith("WsisConnect.", StringComparison.Ordinal);
}
