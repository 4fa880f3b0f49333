namespace WsisConnect.Server.Errors;

/// <summary>Declares the error codes an endpoint (or a group) answers with.</summary>
public static class RefusalConventions
{
    /// <summary>
    /// Adds <see cref="Refusals"/> metadata and a ProblemDetails response for each status the codes map to (see
    /// <see cref="ErrorStatus.For"/>), so the OpenAPI document lists every code under its status.
    /// </summary>
    public static TBuilder Refuses<TBuilder>(this TBuilder builder, params string[] codes) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new Refusals(codes));
        foreach (var status in codes.Select(ErrorStatus.For).Distinct())
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        }
        return builder;
    }
}
