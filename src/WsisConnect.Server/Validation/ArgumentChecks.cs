namespace WsisConnect.Server.Validation;

/// <summary>Which checks <see cref="ArgumentRules"/> applies.</summary>
[Flags]
public enum ArgumentChecks
{
    /// <summary>Id parameters and id properties, by name (see <c>ForumIds</c>).</summary>
    Ids = 1,
    /// <summary>Every string, at any depth: well-formed UTF-16, no stray control characters (see <c>ForumText</c>).</summary>
    Text = 2,
    /// <summary>Enum values the enum defines.</summary>
    Enums = 4,
    /// <summary>No null where the parameter or a record property is declared non-nullable.</summary>
    Nulls = 8,
    /// <summary>Everything: what the hub checks, since its binder does none of it.</summary>
    All = Ids | Text | Enums | Nulls,
}
