using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>A personal access code just issued (a walk-in, a reissue), shown once, with the person's sign-in link and badge.</summary>
public sealed record IssuedCode(AttendeeProfile Profile, string Code, string SignInLink, BadgePrint Badge);
