namespace WsisConnect.Grains.Identity;

/// <summary>A revoked person's code hash bound to them again.</summary>
public sealed record RestoredCode(string AttendeeId, string CodeHash);
