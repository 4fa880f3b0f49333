using System.Text.RegularExpressions;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Contracts.Validation;

/// <summary>
/// What one kind of id looks like. The hub and every HTTP route refuse a malformed id with
/// <see cref="ErrorCodes.Invalid"/> before any grain is called, so junk never activates (and costs) a grain.
/// </summary>
/// <param name="Kind">What the id names, for messages: "session id".</param>
/// <param name="Shape">What a well-formed one looks like, for messages.</param>
/// <param name="Pattern">The whole id must match.</param>
public sealed record IdRule(string Kind, string Shape, Regex Pattern)
{
    /// <summary>Whether <paramref name="value"/> is a well-formed id of this kind.</summary>
    public bool Accepts(string? value) => value is not null && Pattern.IsMatch(value);

    /// <summary>Returns <paramref name="value"/>, or refuses it naming <paramref name="parameter"/> (the value is not echoed).</summary>
    /// <exception cref="ForumException">With <see cref="ErrorCodes.Invalid"/> when the id is malformed.</exception>
    public string Require(string? value, string parameter) =>
        Accepts(value) ? value! : throw new ForumException(ErrorCodes.Invalid, Describe(parameter));

    /// <summary>The refusal's explanation for a malformed <paramref name="parameter"/>.</summary>
    public string Describe(string parameter) => $"'{parameter}' is not a {Kind}: {Shape}.";
}
