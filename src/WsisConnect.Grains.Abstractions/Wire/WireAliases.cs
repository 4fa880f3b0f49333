using System.Reflection;
using Orleans.Serialization.Configuration;
using WsisConnect.Contracts;
using WsisConnect.Grains.Abstractions.Wire;

[assembly: TypeManifestProvider(typeof(WireAliases))]

namespace WsisConnect.Grains.Abstractions.Wire;

/// <summary>
/// Gives each <see cref="WireAttribute"/> type of Contracts its alias in Orleans' type manifest, as
/// <c>[Alias]</c> did when those types carried Orleans' attributes: where Orleans writes a type's name (a field
/// typed as a base class or <see cref="object"/>, an exception), it writes the alias, which survives renames.
/// </summary>
public sealed class WireAliases : TypeManifestProviderBase
{
    /// <inheritdoc/>
    protected override void ConfigureInner(TypeManifestOptions options)
    {
        foreach (var type in typeof(WireAttribute).Assembly.GetExportedTypes())
        {
            if (type.GetCustomAttribute<WireAttribute>() is { } wire)
            {
                options.WellKnownTypeAliases[wire.Alias] = type;
            }
        }
    }
}
