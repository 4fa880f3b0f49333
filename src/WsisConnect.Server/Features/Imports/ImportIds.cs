using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Features.Imports;

/// <summary>Import ids: 32 hex characters, fresh for each upload.</summary>
public static class ImportIds
{
    /// <summary>A new import id.</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The id if it is one; anything else is an import that does not exist.</summary>
    public static string Require(string id) =>
        id.Length == 32 && id.All(char.IsAsciiHexDigitLower)
            ? id
            : throw new ForumException(ErrorCodes.ImportNotFound, $"There is no import {id}; upload the file again.");
}
