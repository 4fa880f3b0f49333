namespace WsisConnect.Client.Operations;

/// <summary>Operation ids the SDK makes up for writes the caller did not name one for.</summary>
public static class OperationId
{
    /// <summary>A new operation id: 32 hexadecimal digits.</summary>
    public static string New() => Guid.NewGuid().ToString("N");
}
