using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using WsisConnect.Contracts;
using WsisConnect.Contracts.Errors;
using WsisConnect.Grains.Abstractions.Wire;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Wire;

/// <summary>
/// The wire records of Contracts carry no Orleans attributes; their codecs in Grains.Abstractions must keep them
/// as Orleans had them: the same field ids, the same aliases, generated serializers, and no copy on a local call.
/// Every <see cref="WireAttribute"/> type is checked, with a sample that fills every member.
/// </summary>
public sealed class WireCodecTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    private static readonly Assembly Codecs = typeof(WireAliases).Assembly;

    public static TheoryData<string> WireTypes() => new(WireRecords().Select(t => t.FullName!));

    private IServiceProvider Silo => fixture.Cluster.Silos[0].ServiceProvider;

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void EachWireRecordHasACodecWithItsIds(string typeName)
    {
        var type = WireType(typeName);
        var codec = Codecs.GetExportedTypes().SingleOrDefault(c => c.GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConverter<,>) && i.GetGenericArguments()[0] == type));
        Assert.True(codec is not null, $"{type.Name} has no codec: run tools/wire-codecs/generate.py");
        var surrogate = codec!.GetNestedType("Surrogate")!;

        var wireIds = type.GetProperties().Where(p => p.IsDefined(typeof(WireMemberAttribute)))
            .Select(p => $"{p.Name}={p.GetCustomAttribute<WireMemberAttribute>()!.Id}").Order().ToArray();
        var orleansIds = surrogate.GetProperties()
            .Select(p => $"{p.Name}={p.GetCustomAttribute<IdAttribute>()!.Id}").Order().ToArray();
        Assert.Equal(wireIds, orleansIds);
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void EachWireRecordRoundTripsThroughOrleansUnderItsAlias(string typeName)
    {
        var type = WireType(typeName);
        var value = Sample(type, 0)!;
        var serializer = Silo.GetRequiredService<Serializer>();

        var bytes = serializer.SerializeToArray<object>(value);
        var read = serializer.Deserialize<object>(bytes);

        Assert.IsType(type, read);
        Assert.Equal(Json(value), Json(read));
        var alias = type.GetCustomAttribute<WireAttribute>()!.Alias;
        Assert.Contains(alias, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void EachWireRecordPassesACallInsideTheSiloUncopied(string typeName)
    {
        var value = Sample(WireType(typeName), 0)!;
        Assert.Same(value, Silo.GetRequiredService<DeepCopier>().Copy<object>(value));
    }

    [Fact]
    public void ARefusalKeepsItsCodeAcrossTheWire()
    {
        var serializer = Silo.GetRequiredService<Serializer>();
        Exception refusal = new ForumException(ErrorCodes.QuestionTooLong, "Too long.");

        var read = serializer.Deserialize<Exception>(serializer.SerializeToArray(refusal));

        var forum = Assert.IsType<ForumException>(read);
        Assert.Equal(ErrorCodes.QuestionTooLong, forum.Code);
        Assert.Equal("Too long.", forum.Message);
    }

    private static IEnumerable<Type> WireRecords() => typeof(WireAttribute).Assembly.GetExportedTypes()
        .Where(t => t.IsDefined(typeof(WireAttribute)) && !typeof(Exception).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Type WireType(string name) => typeof(WireAttribute).Assembly.GetType(name, throwOnError: true)!;

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());

    /// <summary>A value of <paramref name="type"/> with every member set (not left at its default), so a lost field shows.</summary>
    private static object? Sample(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Sample(inner, depth);
        }
        if (type == typeof(string))
        {
            return "text-" + depth;
        }
        if (type == typeof(bool))
        {
            return true;
        }
        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Last();
        }
        if (type.IsPrimitive || type == typeof(decimal))
        {
            return Convert.ChangeType(7 + depth, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2025, 7, 8, 9, 30, 0, TimeSpan.FromHours(2));
        }
        if (type == typeof(DateOnly))
        {
            return new DateOnly(2025, 7, 8).AddDays(depth);
        }
        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Sample(type.GetElementType()!, depth + 1), 0);
            return array;
        }
        if (type.IsGenericType && type.GetGenericArguments().Length == 2)
        {
            var arguments = type.GetGenericArguments();
            var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            dictionary.Add(Sample(arguments[0], depth + 1)!, Sample(arguments[1], depth + 1));
            return dictionary;
        }
        if (type.IsGenericType && type.GetGenericArguments().Length == 1)
        {
            return Sample(type.GetGenericArguments()[0].MakeArrayType(), depth);
        }
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke(constructor.GetParameters().Select(p => Sample(p.ParameterType, depth + 1)).ToArray());
    }
}
