using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Hosting;

/// <summary>
/// The silo remembers each grain interface's Orleans type instead of reading attributes on every <c>GetGrain</c>;
/// what it remembers must be exactly what Orleans itself would name, or references would miss their grains.
/// </summary>
public sealed class GrainInterfaceTypeTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    [Fact]
    public void EveryGrainInterfaceIsNamedAsOrleansItselfNamesIt()
    {
        var services = fixture.Cluster.Silos[0].ServiceProvider;
        var providers = services.GetServices<IGrainInterfaceTypeProvider>().ToList();
        Assert.IsType<RememberedGrainInterfaceTypes>(providers[0]);
        var orleansAlone = new GrainInterfaceTypeResolver(providers.Skip(1), services.GetRequiredService<TypeConverter>());
        var silo = services.GetRequiredService<GrainInterfaceTypeResolver>();
        var interfaces = typeof(IInboxGrain).Assembly.GetTypes()
            .Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t) && !t.ContainsGenericParameters).ToList();

        Assert.True(interfaces.Count > 20, $"only {interfaces.Count} grain interfaces found");
        foreach (var type in interfaces)
        {
            var expected = orleansAlone.GetGrainInterfaceType(type);
            Assert.Equal(expected, silo.GetGrainInterfaceType(type));
            Assert.Equal(expected, silo.GetGrainInterfaceType(type));
        }
    }
}
