using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Registration;

namespace WsisConnect.Grains.Identity;

/// <summary>One chunk of registrations to store together (see <see cref="IdentityStore.WriteAsync"/>).</summary>
/// <param name="People">Profiles and entries to write.</param>
/// <param name="NewCodes">Codes to bind (the person's previous code, if any, is in <paramref name="DroppedCodeHashes"/>).</param>
/// <param name="DroppedCodeHashes">Code hashes that must stop signing anyone in (a revocation keeps the sealed code).</param>
/// <param name="RestoredCodes">Codes of people revoked before and back on the list: their old code signs them in again.</param>
public sealed record RegistryWrite(
    IReadOnlyList<RegisteredPerson> People,
    IReadOnlyList<BoundCode> NewCodes,
    IReadOnlyList<string> DroppedCodeHashes,
    IReadOnlyList<RestoredCode> RestoredCodes);
