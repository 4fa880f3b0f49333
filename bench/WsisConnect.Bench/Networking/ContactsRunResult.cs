using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;

namespace WsisConnect.Bench.Networking;

/// <summary>What the contacts scenario measured against one server.</summary>
/// <param name="ScanAck">The <c>ScanBadge</c> call, send to result.</param>
/// <param name="ScanBothNotified">From sending the scan until both people had received <c>ContactAdded</c>.</param>
/// <param name="RequestAck">The <c>SendContactRequest</c> call, send to result.</param>
/// <param name="RequestBothNotified">From sending the request until both had <c>ContactAdded</c> (the recipient's automatic accept included).</param>
/// <param name="BookContacts">Contacts found in every person's book at the end, summed; exact means 2 x planned.</param>
/// <param name="MissingPairs">Planned pairs missing from at least one of the two books.</param>
/// <param name="DuplicateEntries">Book entries naming a contact already in the same book.</param>
/// <param name="UnexpectedEntries">Book entries for pairs that were never planned.</param>
/// <param name="WrongSource">Entries whose source (badge or request) is not how the pair was made.</param>
public sealed record ContactsRunResult(
    string Server, string ServerDescription, int People, RegistrationSummary Registration,
    int Connected, double ConnectSeconds, IReadOnlyDictionary<string, int> ConnectFailures,
    double? RssBeforeMiB, double? RssAfterMiB, double? MemoryPerConnectionKiB,
    int Planned, int Made, int MadeByScan, int MadeByRequest, double Seconds, double ContactsPerSecond, int InFlight,
    LatencySummary ScanAck, LatencySummary ScanBothNotified, LatencySummary RequestAck, LatencySummary RequestBothNotified,
    IReadOnlyDictionary<string, int> Errors, CpuUse ContactCpu,
    int BookContacts, int MissingPairs, int DuplicateEntries, int UnexpectedEntries, int WrongSource, bool Exact,
    int DuplicatePushes, int Drops, IReadOnlyList<string> Notes);
