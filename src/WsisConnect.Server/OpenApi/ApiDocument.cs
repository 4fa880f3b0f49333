using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WsisConnect.Server.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>: named operations, the bearer scheme, typed errors.</summary>
public static class ApiDocument
{
    /// <summary>
    /// True while the build generates the document (Microsoft.Extensions.ApiDescription.Server runs this program
    /// under GetDocument.Insider up to its service provider): then nothing may start, neither the store, the silo,
    /// the demo loader nor Kestrel.
    /// </summary>
    public static bool IsBuildTimeGeneration { get; } =
        string.Equals(System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name, "GetDocument.Insider", StringComparison.Ordinal);

    /// <summary>Adds the document and its transformers.</summary>
    public static WebApplicationBuilder AddWsisOpenApi(this WebApplicationBuilder builder)
    {
        if (IsBuildTimeGeneration)
        {
            // Only the endpoints' metadata and the services their handlers take are needed to describe them.
            builder.Services.RemoveAll<IHostedService>();
        }
        builder.Services.AddOpenApi(o =>
        {
            var bearer = new BearerSecurity();
            o.AddDocumentTransformer(bearer);
            o.AddOperationTransformer(bearer);
            o.AddOperationTransformer<ErrorResponses>();
            o.AddSchemaTransformer<ProblemCodeSchema>();
            o.AddSchemaTransformer<WrittenShape>();
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "WsisConnect";
                document.Info.Description = "The HTTP API of WsisConnect, the real-time companion for large hybrid forums. " +
                    "Live actions (questions, polls, messages) are on the SignalR hub at /hubs/live; see docs/hub-contract.md.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }
}
