using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Privacy;

namespace WsisConnect.Grains.Privacy;

/// <summary>
/// A person's data across every feature that holds some (<see cref="IPersonalDataHolder"/>): gathered for
/// download, or erased. The account itself is the registration: it is checked first and erased last.
/// </summary>
[StatelessWorker]
public sealed class AccountGrain(IEnumerable<IPersonalDataHolder> holders, TimeProvider time) : Grain, IAccountGrain
{
    private readonly IPersonalDataHolder[] _holders = [.. holders];

    public async Task<PersonalData> ExportAsync(Caller caller)
    {
        var id = EnsureSelf(caller);
        var registration = await GrainFactory.GetGrain<IAttendeeGrain>(id).GetProfileAsync()
            ?? throw new ForumException(ErrorCodes.PersonNotFound, "This account is deleted.");
        var download = new PersonalDataDownload();
        foreach (var holder in _holders)
        {
            await holder.ExportAsync(caller, download);
        }
        return download.Complete(registration, time.GetUtcNow());
    }

    public async Task DeleteAsync(Caller caller)
    {
        EnsureSelf(caller);
        // Twice: a write whose call was already inside its grain when the person's sign-ins were revoked (a question,
        // a check-in) may land after the first pass; erasing is idempotent, so the second only finds such late ones.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var holder in _holders)
            {
                await holder.EraseAsync(caller);
            }
        }
        // Last: until now the person could still sign in and try again if anything above failed.
        await GrainFactory.GetGrain<IAttendeeGrain>(caller.AttendeeId).EraseAsync();
    }

    private string EnsureSelf(Caller caller)
    {
        if (caller.AttendeeId != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only the person can download or delete their own data.");
        }
        return caller.AttendeeId;
    }
}
