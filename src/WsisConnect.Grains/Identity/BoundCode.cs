namespace WsisConnect.Grains.Identity;

/// <summary>A code bound to a person: its hash (the sign-in key) and the plain code sealed for the organisers' exports.</summary>
public sealed record BoundCode(string AttendeeId, string CodeHash, string SealedCode);
