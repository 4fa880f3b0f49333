using Microsoft.AspNetCore.Http.Features;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Features.Imports;

/// <summary>
/// An uploaded file is the raw request body (<c>curl --data-binary @list.csv</c>, or the PWA's <c>fetch</c> of a
/// File), read as a stream: the body limit is raised to <c>Imports:MaxFileBytes</c> for this request only, and
/// passing it ends the upload with <c>import.too_large</c>.
/// </summary>
public static class ImportUpload
{
    /// <summary>The body stream and a name for the file (the <c>fileName</c> query value, else a default).</summary>
    public static (Stream Body, string FileName) Open(HttpContext http, ImportOptions options, string? fileName, string fallbackName)
    {
        if (http.Request.ContentLength > options.MaxFileBytes)
        {
            throw TooLarge(options);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxFileBytes;
        }
        var name = string.IsNullOrWhiteSpace(fileName) ? fallbackName : Path.GetFileName(fileName.Trim());
        return (http.Request.Body, name.Length > 200 ? name[..200] : name);
    }

    /// <summary>The refusal of a file over the limit.</summary>
    public static ForumException TooLarge(ImportOptions options) =>
        new(ErrorCodes.ImportTooLarge, $"The file is larger than {options.MaxFileBytes / (1024 * 1024)} MB (Imports:MaxFileBytes).");

    /// <summary>Whether an exception is the server refusing a body over the limit.</summary>
    public static bool IsTooLarge(Exception ex) => ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
}
