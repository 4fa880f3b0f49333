using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Badges;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Contacts;

namespace WsisConnect.Grains.Badges;

/// <summary>Turns a scanned badge (the QR code's token or the typed short code) into a contact.</summary>
[StatelessWorker]
public sealed class BadgeScanGrain(BadgeTokens tokens) : Grain, IBadgeScanGrain
{
    public async Task<ScanResult> ScanAsync(Caller scanner, string code, string? note, string[]? tags)
    {
        if (scanner.AttendeeId != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only the person can scan for themselves.");
        }
        (note, tags) = ContactNotes.Validate(note, tags);
        var (ownerId, version) = await ResolveAsync(code ?? string.Empty)
            ?? throw Invalid();
        if (await GrainFactory.GetGrain<IBadgeGrain>(ownerId).GetCurrentVersionAsync() != version)
        {
            throw Invalid();
        }
        if (ownerId == scanner.AttendeeId)
        {
            throw new ForumException(ErrorCodes.BadgeOwn, "That is your own badge.");
        }
        var owner = await GrainFactory.GetGrain<IAttendeeGrain>(ownerId).GetProfileAsync();
        // Someone who blocked the scanner cannot be added by scanning: it looks like any invalid badge.
        if (owner is null || await GrainFactory.GetGrain<IContactBookGrain>(ownerId).HasBlockedAsync(scanner.AttendeeId))
        {
            throw Invalid();
        }
        var (since, source, created) = await GrainFactory.GetGrain<IContactPairGrain>(ContactPairKey.Of(scanner.AttendeeId, ownerId).ToGrainKey())
            .ConnectAsync(new ContactParty(scanner.AttendeeId, scanner.Name), new ContactParty(ownerId, owner.Name), ContactSource.Badge, note ?? string.Empty, tags);
        var contact = new Contact(ownerId, owner.Name, since, source, note ?? string.Empty, tags ?? []);
        if (!created && (!string.IsNullOrWhiteSpace(note) || tags is { Length: > 0 }))
        {
            contact = await GrainFactory.GetGrain<IContactBookGrain>(scanner.AttendeeId).AnnotateAsync(scanner, ownerId, note ?? string.Empty, tags ?? []);
        }
        return new ScanResult(contact, created);
    }

    private async Task<(string AttendeeId, int Version)?> ResolveAsync(string code)
    {
        var trimmed = code.Trim();
        // A link from the QR code carries the token after the last '/'.
        var token = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        if (token.Contains('.', StringComparison.Ordinal))
        {
            return tokens.Verify(token);
        }
        var shortCode = new string([.. token.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        return shortCode.Length == 8 ? await GrainFactory.GetGrain<IBadgeCodeGrain>(shortCode).ResolveAsync() : null;
    }

    private static ForumException Invalid() =>
        new(ErrorCodes.BadgeInvalid, "This badge code is not valid: it may be mistyped, or replaced by a newer badge.");
}
