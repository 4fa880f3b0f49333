using WsisConnect.Contracts.Errors;
namespace WsisConnect.Grains.Abstractions.Errors;

/// <summary>
/// The store did not answer (or answered ambiguously) while a grain served a call. Grains throw this in place of
/// the store client's own exceptions, which cannot cross from one node to another; the server reports it as
/// <see cref="ErrorCodes.StoreUnavailable"/>, which clients may retry.
/// </summary>
[GenerateSerializer, Alias("wsis.StoreUnavailableException")]
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the fault; <paramref name="message"/> names what failed, for the server's log.</summary>
    public StoreUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Always <see cref="ErrorCodes.StoreUnavailable"/>.</summary>
    public string Code => ErrorCodes.StoreUnavailable;
}
