namespace WsisConnect.Contracts;

/// <summary>
/// Marks a record (or exception) that crosses grain boundaries, and names it for good: <see cref="Alias"/> keeps stored
/// grain state and a mixed-version cluster readable after a rename. Contracts carries no Orleans (the SDK shares it),
/// and Orleans 10's code generator only reads its own attributes, so each marked type has a codec in
/// WsisConnect.Grains.Abstractions/Wire (a generated surrogate with these ids); a test there fails when one is missing
/// or its ids differ from the <see cref="WireMemberAttribute"/> ids here.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WireAttribute(string alias) : Attribute
{
    /// <summary>The stable name Orleans writes for the type, for example <c>wsis.VoteReceipt</c>.</summary>
    public string Alias { get; } = alias;
}
