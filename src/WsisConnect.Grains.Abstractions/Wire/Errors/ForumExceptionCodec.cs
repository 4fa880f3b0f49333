using WsisConnect.Contracts.Errors;

namespace WsisConnect.Grains.Abstractions.Wire.Errors;

/// <summary>
/// Orleans' codec for <see cref="ForumException"/>: a refusal crosses from a grain to its caller as its code and
/// message (no stack trace: a refusal is an answer, not a fault). Written by hand: the generator only reads records.
/// </summary>
[RegisterConverter]
public sealed class ForumExceptionCodec : IConverter<ForumException, ForumExceptionCodec.Surrogate>
{
    /// <summary>The refusal as Orleans writes it.</summary>
    [GenerateSerializer, Immutable]
    public readonly record struct Surrogate(
        [property: Id(0)] string Code,
        [property: Id(1)] string Message);

    /// <inheritdoc/>
    public ForumException ConvertFromSurrogate(in Surrogate surrogate) => new(surrogate.Code, surrogate.Message);

    /// <inheritdoc/>
    public Surrogate ConvertToSurrogate(in ForumException value) => new(value.Code, value.Message);
}
