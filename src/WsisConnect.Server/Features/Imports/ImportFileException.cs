using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Features.Imports;

/// <summary>Refusals of a file that cannot be read at all, before any row is staged.</summary>
public static class ImportFileException
{
    /// <summary>The file is not what it claims, or misses required columns: <c>import.invalid_file</c>.</summary>
    public static ForumException Invalid(string message) => new(ErrorCodes.ImportInvalidFile, message);

    /// <summary>More rows than allowed: <c>import.too_large</c>.</summary>
    public static ForumException TooMany(string message) => new(ErrorCodes.ImportTooLarge, message);
}
