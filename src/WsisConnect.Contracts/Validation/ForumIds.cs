using System.Text.RegularExpressions;

namespace WsisConnect.Contracts.Validation;

/// <summary>
/// The one rule per kind of id, shared by the hub, the HTTP routes, the SDK and tests. Hub methods and routes name
/// their id parameters after the kind (<c>sessionId</c>, <c>pollId</c>, <c>attendeeId</c>, ...), and
/// <see cref="ForParameter"/> finds the rule by that name, so a new method or route is checked without code of its own.
/// </summary>
public static partial class ForumIds
{
    private const string SlugShape = "1 to 64 letters, digits, '-' or '_'";

    /// <summary>A session: a short slug such as <c>s004</c>.</summary>
    public static IdRule Session { get; } = new("session id", SlugShape, Slug());

    /// <summary>A person (attendee, contact): a short slug such as <c>r3fa9c1d2e4b6</c>.</summary>
    public static IdRule Person { get; } = new("person id", SlugShape, Slug());

    /// <summary>A poll: <c>{sessionId}.p{n}</c>.</summary>
    public static IdRule Poll { get; } = new("poll id", "a session id, then '.p' and up to 5 digits", PollPattern());

    /// <summary>An open-text answer in a poll: <c>{partition}.{n}</c>.</summary>
    public static IdRule PollEntry { get; } = new("poll answer id", "up to 2 digits, '.', then up to 9 digits", PollEntryPattern());

    /// <summary>A WSIS Prizes category: a short slug such as <c>c7-e-health</c>.</summary>
    public static IdRule PrizeCategory { get; } = new("prize category id", SlugShape, Slug());

    /// <summary>A nominee in a prize category: a short slug such as <c>c5-n03</c>.</summary>
    public static IdRule Nominee { get; } = new("nominee id", SlugShape, Slug());

    /// <summary>A contact request: a short slug.</summary>
    public static IdRule ContactRequest { get; } = new("contact request id", SlugShape, Slug());

    /// <summary>An organiser's import preview: 32 lowercase hexadecimal digits, made by the server for each upload.</summary>
    public static IdRule Import { get; } = new("import id", "32 lowercase hexadecimal digits", ImportPattern());

    /// <summary>
    /// A client-generated operation id (a GUID or any 8 to 64 letters, digits, '-' or '_'): a retry with the same id
    /// returns the first outcome and never applies twice (see <see cref="Operations.OperationKeys"/>).
    /// </summary>
    public static IdRule Operation { get; } = new("operation id", "8 to 64 letters, digits, '-' or '_'", OperationPattern());

    /// <summary>The parameter names each rule checks, in hub methods and HTTP route templates alike.</summary>
    public static IReadOnlyDictionary<string, IdRule> ByParameter { get; } = new Dictionary<string, IdRule>(StringComparer.Ordinal)
    {
        ["sessionId"] = Session,
        ["pollId"] = Poll,
        ["entryId"] = PollEntry,
        ["attendeeId"] = Person,
        ["toAttendeeId"] = Person,
        ["withAttendeeId"] = Person,
        ["personId"] = Person,
        ["contactId"] = Person,
        ["requestId"] = ContactRequest,
        ["categoryId"] = PrizeCategory,
        ["nomineeId"] = Nominee,
        ["importId"] = Import,
        ["operationId"] = Operation,
    };

    /// <summary>The rule for a parameter named <paramref name="name"/>, or null when the name is not an id's.</summary>
    public static IdRule? ForParameter(string? name) => name is null ? null : ByParameter.GetValueOrDefault(name);

    // \z rather than $: "$" also matches before a final line feed, which would let "s004\n" through.
    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{8,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex OperationPattern();

    [GeneratedRegex(@"^[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ImportPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\.p[0-9]{1,5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PollPattern();

    [GeneratedRegex(@"^[0-9]{1,2}\.[0-9]{1,9}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PollEntryPattern();
}
