namespace WsisConnect.Contracts;

/// <summary>
/// The stable field id of a <see cref="WireAttribute"/> record's member, from 0: never renumbered, never reused once
/// a member is gone (stored grain state still holds it).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = false)]
public sealed class WireMemberAttribute(uint id) : Attribute
{
    /// <summary>The field id.</summary>
    public uint Id { get; } = id;
}
