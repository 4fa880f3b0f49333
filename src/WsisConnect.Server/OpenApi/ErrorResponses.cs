using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Errors;

namespace WsisConnect.Server.OpenApi;

/// <summary>
/// Lists, under each error status of an operation, the <c>code</c>s it can answer with and what each means: the
/// endpoint's own <see cref="Refusals"/> and those every endpoint of its kind can give (no token, no right, a
/// malformed argument, too many attempts, the store briefly away). Every error answer is a ProblemDetails with a
/// <c>code</c> (see <see cref="ForumProblems"/>), so each error response gets that schema.
/// </summary>
public sealed class ErrorResponses : IOpenApiOperationTransformer
{
    /// <summary>The extension on a response that lists its codes, for tools; the description says the same for people.</summary>
    public const string CodesExtension = "x-error-codes";

    private const string ProblemJson = "application/problem+json";

    /// <inheritdoc />
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var codes = CodesOf(metadata, context.Description.ParameterDescriptions.Count > 0);
        operation.Responses ??= [];
        foreach (var group in codes.GroupBy(ErrorStatus.For))
        {
            var key = group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var response) || response is not OpenApiResponse)
            {
                response = new OpenApiResponse();
                operation.Responses[key] = response;
            }
            var concrete = (OpenApiResponse)response;
            concrete.Description = Describe(group.Key, group);
            concrete.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            concrete.Extensions[CodesExtension] = new JsonNodeExtension(new JsonArray([.. group.Select(c => (JsonNode)JsonValue.Create(c))]));
        }
        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('4') || status.StartsWith('5'))
            {
                if (response is OpenApiResponse concrete && (concrete.Content is null || concrete.Content.Count == 0 || !concrete.Content.ContainsKey(ProblemJson)))
                {
                    concrete.Content ??= new Dictionary<string, OpenApiMediaType>();
                    concrete.Content.Clear();
                    concrete.Content[ProblemJson] = new OpenApiMediaType { Schema = await ProblemSchemaAsync(context, status, cancellationToken) };
                }
            }
        }
    }

    /// <summary>The codes an endpoint can answer with: its own and those of its kind, in a stable order.</summary>
    public static IReadOnlyList<string> CodesOf(IList<object> metadata, bool takesArguments)
    {
        var codes = new List<string>();
        if (takesArguments || metadata.OfType<IAcceptsMetadata>().Any())
        {
            codes.Add(ErrorCodes.Invalid);
        }
        if (BearerSecurity.RequiresSignIn(metadata))
        {
            codes.Add(ErrorCodes.Unauthenticated);
        }
        if (BearerSecurity.HasPolicy(metadata))
        {
            codes.Add(ErrorCodes.Forbidden);
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            codes.Add(ErrorCodes.TooManyRequests);
        }
        codes.AddRange(metadata.OfType<Refusals>().SelectMany(r => r.Codes));
        codes.Add(ErrorCodes.StoreUnavailable);
        codes.Add(ErrorCodes.ClusterUnavailable);
        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    private static string Describe(int status, IEnumerable<string> codes)
    {
        var text = new StringBuilder(ReasonPhrases.GetReasonPhrase(status)).Append(": a ProblemDetails whose `code` is one of");
        foreach (var code in codes)
        {
            text.Append("\n- `").Append(code).Append("`: ").Append(ErrorTitles.For(code));
        }
        return text.ToString();
    }

    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, string status, CancellationToken cancellationToken)
    {
        var type = status == "400" ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
        var name = type.Name;
        var components = context.Document!.Components ??= new OpenApiComponents();
        components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!components.Schemas.ContainsKey(name))
        {
            components.Schemas[name] = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        }
        return new OpenApiSchemaReference(name, context.Document);
    }
}
