using System.Text.Json;
using System.Text.Json.Serialization;

namespace WsisConnect.Client;

/// <summary>The JSON conventions of the forum's API and hub: camelCase, enums as strings.</summary>
public static class ForumJson
{
    /// <summary>Serializer options matching the server.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the conventions to <paramref name="options"/> (for the hub protocol).</summary>
    public static void Apply(JsonSerializerOptions options) => options.Converters.Add(new JsonStringEnumConverter());

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        return options;
    }
}
