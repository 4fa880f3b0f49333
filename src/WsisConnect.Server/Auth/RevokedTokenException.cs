namespace WsisConnect.Server.Auth;

/// <summary>Why authentication failed for a token that is valid but revoked (account deleted, code reissued).</summary>
public sealed class RevokedTokenException() : Exception("This sign-in has been revoked.");
