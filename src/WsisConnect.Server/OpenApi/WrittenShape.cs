using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WsisConnect.Server.OpenApi;

/// <summary>
/// Describes bodies as the server writes them. Numbers: the web JSON defaults also read numbers from strings, which
/// the generated schema spells <c>["integer", "string"]</c> with a digits pattern; the server writes numbers, and
/// clients generated from the document should send them. Properties: the server writes every one (nulls included),
/// so all are required, which clients generated from the document rely on; a property with a default may still be
/// left out when sending. Computed properties (get-only, such as a session's <c>day</c>) are never read: read-only.
/// </summary>
public sealed class WrittenShape : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        // Ours only: ProblemDetails leaves out what it does not have.
        if (context.JsonTypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 }
            && context.JsonTypeInfo.Type.Namespace?.StartsWith("WsisConnect.", StringComparison.Ordinal) == true)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(p => schema.Properties.ContainsKey(p.Name)))
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(property.Name);
                if (property.Set is null && property.AssociatedParameter is null && schema.Properties[property.Name] is OpenApiSchema concrete)
                {
                    concrete.ReadOnly = true;
                }
            }
        }
        return Task.CompletedTask;
    }
}
