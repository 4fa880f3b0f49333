using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.OpenApi;

/// <summary>
/// The OpenAPI document the PWA's types are generated from, read from the running server: every operation named,
/// the bearer scheme required exactly where the server asks for a token, every response typed, every error listed
/// with codes that answer with that status.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed partial class OpenApiDocumentTests(ForumServerFixture server)
{
    [Fact]
    public async Task EveryOperationHasAStableCamelCaseOperationId()
    {
        using var document = await DocumentAsync();
        var ids = Operations(document).Select(o => (o.Name, Id: o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : null)).ToList();

        Assert.Empty(ids.Where(o => o.Id is null || !OperationId().IsMatch(o.Id)).Select(o => o.Name));
        Assert.Empty(ids.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public async Task BearerIsRequiredExactlyWhereTheServerAsksForAToken()
    {
        using var document = await DocumentAsync();
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        var wrong = new List<string>();
        foreach (var (name, method, path, operation) in Operations(document))
        {
            var secured = operation.TryGetProperty("security", out var security)
                && security.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _));
            // No token and no body: an endpoint that needs a caller refuses with 401 before it reads anything else.
            using var request = new HttpRequestMessage(new HttpMethod(method), PathParameter().Replace(path, "x1").TrimStart('/'));
            using var response = await http.SendAsync(request).WaitAsync(TimeSpan.FromSeconds(30));
            if (secured != (response.StatusCode == HttpStatusCode.Unauthorized))
            {
                wrong.Add($"{name}: security requirement {(secured ? "declared" : "missing")}, anonymous call answered {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task EveryResponseHasASchemaAndEveryErrorListsItsCodes()
    {
        using var document = await DocumentAsync();
        var problems = new List<string>();
        foreach (var (name, _, _, operation) in Operations(document))
        {
            foreach (var response in operation.GetProperty("responses").EnumerateObject())
            {
                var status = int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture);
                var content = response.Value.TryGetProperty("content", out var c) ? c.EnumerateObject().ToList() : [];
                if (status != (int)HttpStatusCode.NoContent && content.Count == 0)
                {
                    problems.Add($"{name} {status}: no content");
                }
                problems.AddRange(content.Where(m => !m.Value.TryGetProperty("schema", out var s) || s.EnumerateObject().All(p => p.Name == "description"))
                    .Select(m => $"{name} {status} {m.Name}: no schema"));
                if (status < 400)
                {
                    continue;
                }
                if (content.Count != 1 || content[0].Name != "application/problem+json")
                {
                    problems.Add($"{name} {status}: not a ProblemDetails");
                }
                var codes = response.Value.TryGetProperty("x-error-codes", out var listed) ? listed.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
                if (codes.Count == 0)
                {
                    problems.Add($"{name} {status}: no codes listed");
                }
                problems.AddRange(codes.Where(code => !ErrorTitles.Codes.Contains(code) || ErrorStatus.For(code) != status)
                    .Select(code => $"{name} {status}: {code} is not a code answered with {status}"));
                problems.AddRange(codes.Where(code => !response.Value.GetProperty("description").GetString()!.Contains(ErrorTitles.For(code), StringComparison.Ordinal))
                    .Select(code => $"{name} {status}: the description does not say what {code} means"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var problem = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails");
        Assert.Contains("code", problem.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return JsonDocument.Parse(await http.GetStringAsync("openapi/v1.json").WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static List<(string Name, string Method, string Path, JsonElement Operation)> Operations(JsonDocument document) =>
    [
        .. document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Select(operation => ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Name.ToUpperInvariant(), path.Name, operation.Value))),
    ];

    [GeneratedRegex("^[a-z][A-Za-z]+$")]
    private static partial Regex OperationId();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
