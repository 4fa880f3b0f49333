using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WsisConnect.Server.OpenApi;

/// <summary>
/// Adds the <c>code</c> every error answer carries (see <see cref="WsisConnect.Contracts.Errors.ErrorCodes"/>) to the
/// ProblemDetails schemas: ProblemDetails keeps extensions in a dictionary, which a schema cannot name.
/// </summary>
public sealed class ProblemCodeSchema : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type.IsAssignableTo(typeof(ProblemDetails)))
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The stable error code (ErrorCodes): what went wrong, for programs; `title` says it for people.",
            };
            schema.Required ??= new HashSet<string>();
            schema.Required.Add("code");
        }
        return Task.CompletedTask;
    }
}
