using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WsisConnect.Server.OpenApi;

/// <summary>
/// Describes bodies as the server writes them. Numbers: the web JSON defaults also read numbers from strings, which
/// the generated schema spells <c>["integer", "string"]</c> with a digits pattern; the server writes numbers, and
/// clients generated from the document should send them. Computed properties (get-only, such as a session's
/// <c>day</c>): always written, never read, so required and read-only.
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
        if (context.JsonPropertyInfo is null && schema.Properties is { Count: > 0 })
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.Set is null && p.AssociatedParameter is null))
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(property.Name);
                if (schema.Properties.TryGetValue(property.Name, out var described) && described is OpenApiSchema concrete)
                {
                    concrete.ReadOnly = true;
                }
            }
        }
        return Task.CompletedTask;
    }
}
