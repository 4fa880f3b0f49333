using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WsisConnect.Server.OpenApi;

/// <summary>
/// Declares the bearer scheme (the token from <c>POST /api/auth/token</c>) in the document, and requires it on the
/// operations that need a signed-in caller, and on those only.
/// </summary>
public sealed class BearerSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <summary>The scheme's name in <c>components.securitySchemes</c>.</summary>
    public const string SchemeName = "Bearer";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The token from POST /api/auth/token (or /api/auth/register, /api/setup), sent as Authorization: Bearer <token>.",
        };
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (RequiresSignIn(context.Description.ActionDescriptor.EndpointMetadata))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }
        return Task.CompletedTask;
    }

    /// <summary>True when the endpoint's metadata asks for an authorised caller and does not allow anonymous ones.</summary>
    public static bool RequiresSignIn(IList<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

    /// <summary>True when the endpoint names an authorization policy beyond being signed in (organisers, the desk).</summary>
    public static bool HasPolicy(IList<object> metadata) =>
        RequiresSignIn(metadata) && metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null);
}
