using System.Text.Json;
using System.Text.Json.Serialization;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>
/// An argument sent to the hub exactly as written, bypassing the client's serializer, which would replace a lone
/// surrogate with U+FFFD and never send a wrongly typed value: the only way to send what a hostile client would.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed record RawJson(string Json)
{
    private sealed class RawJsonConverter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("RawJson is only ever sent.");

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json, skipInputValidation: true);
    }
}
