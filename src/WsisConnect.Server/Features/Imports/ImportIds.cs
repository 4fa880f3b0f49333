using WsisConnect.Contracts.Validation;

namespace WsisConnect.Server.Features.Imports;

/// <summary>Import ids: fresh for each upload, of the shape <see cref="ForumIds.Import"/> checks on every <c>{importId}</c> route.</summary>
public static class ImportIds
{
    /// <summary>A new import id.</summary>
    public static string New() => Guid.NewGuid().ToString("N");
}
