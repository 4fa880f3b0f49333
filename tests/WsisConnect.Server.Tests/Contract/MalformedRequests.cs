using System.Net.Http.Headers;
using System.Text;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>
/// Makes HTTP requests to the API's own routes (and some that do not exist) that are wrong in the ways clients get
/// them wrong: malformed or hostile bodies (broken JSON, lone surrogates, control characters, deep nesting, huge
/// bodies, other content types), malformed ids, junk query values, wrong methods, missing or forged tokens. Only
/// GETs may come out well formed: every other request carries a defect, so none may succeed.
/// </summary>
public sealed class MalformedRequests(Random random, IReadOnlyList<string> templates, IReadOnlyDictionary<string, string> realIds,
    string token, string forgedToken)
{
    private static readonly HttpMethod[] Verbs = [HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch];

    /// <summary>The next request and a description of it for failure messages.</summary>
    public (HttpRequestMessage Request, string Description) Next()
    {
        var method = Verbs[random.Next(Verbs.Length)];
        var path = random.Next(10) == 0 ? JunkPath() : FillTemplate(templates[random.Next(templates.Count)]);
        if (random.Next(4) == 0)
        {
            path += JunkQuery();
        }
        var request = new HttpRequestMessage(method, path);
        var bearer = random.Next(5) switch { 0 => null, 1 => forgedToken, _ => token };
        // The fuzzer's own account must survive the run: it is never deleted with its real token.
        if (method == HttpMethod.Delete && bearer == token)
        {
            bearer = forgedToken;
        }
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        var body = "";
        if (method != HttpMethod.Get)
        {
            (request.Content, body) = MalformedBody();
        }
        return (request, $"{method} {path} {(bearer == token ? "token" : bearer is null ? "no token" : "forged token")} {body}");
    }

    private string FillTemplate(string template)
    {
        var path = template.TrimStart('/');
        while (path.IndexOf('{', StringComparison.Ordinal) is var open and >= 0)
        {
            var close = path.IndexOf('}', open);
            var name = path[(open + 1)..close];
            var value = random.Next(3) == 0 && realIds.TryGetValue(name, out var real) ? real : MalformedSegment();
            path = path[..open] + value + path[(close + 1)..];
        }
        return path;
    }

    private string MalformedSegment() => random.Next(8) switch
    {
        0 => new string('x', 65 + random.Next(2_000)),
        1 => "with%20space",
        2 => Uri.EscapeDataString("сессия-" + random.Next(100)),
        3 => "%01%02%1B",
        4 => "..%2F..%2Fetc%2Fpasswd",
        5 => Uri.EscapeDataString("\u202Eevil"),
        6 => "s.p" + new string('9', 10),
        _ => "fz" + random.Next(1_000_000),
    };

    private string JunkPath() => random.Next(4) switch
    {
        0 => "api/" + Uri.EscapeDataString(Junk(20)),
        1 => "assets/" + random.Next() + ".js",
        2 => "api/sessions/" + MalformedSegment() + "/" + MalformedSegment(),
        _ => "hubs/live/" + random.Next(),
    };

    private string JunkQuery() => random.Next(5) switch
    {
        0 => "?skip=many&take=" + Uri.EscapeDataString(Junk(5)),
        1 => "?day=yesterday",
        2 => "?format=NoSuchFormat&sdg=ninety",
        3 => "?q=" + Uri.EscapeDataString(Junk(300)),
        _ => "?take=99999999999999999999",
    };

    private (HttpContent Content, string Description) MalformedBody()
    {
        switch (random.Next(10))
        {
            case 0: return (Json("{\"code\": \"abc\", "), "truncated JSON");
            case 1: return (Json("{\"text\": \"why\\ud800?\", \"code\": \"\\udc00\", \"name\": \"\\ud83d\"}"), "lone surrogates");
            case 2: return (Json("{\"text\": \"bell\\u0007\", \"name\": \"esc\\u001b\", \"bio\": \"nul\\u0000\", \"nomineeId\": \"n\\u0001\", \"code\": \"x\\u0002\", \"actionLines\": [], \"sdgs\": [], \"tracks\": [], \"languages\": [], \"links\": [], \"visibility\": {}}"), "control characters");
            case 3:
                var depth = random.Next(65, 2_000);
                return (Json(new string('[', depth) + new string(']', depth)), $"nested {depth} deep");
            case 4: return (new StringContent("code=abc&text=hello", Encoding.UTF8, "application/x-www-form-urlencoded"), "form body");
            case 5: return (new StringContent(Junk(50), Encoding.UTF8, "text/plain"), "plain text");
            case 6: return (Json("[1, 2, 3]"), "array body");
            case 7: return (Json(""), "empty JSON body");
            case 8: return (Json("{\"text\": \"" + new string('a', random.Next(100_000, 300_000)) + "\", \"oops\""), "huge broken JSON");
            default: return (Json("{\"text\": 12, \"code\": true, \"nomineeId\": [], \"excluded\": \"maybe\", \"selfRegistrationOpen\": \"yes\", \"listed\": 3, \"name\": {}}"), "wrong types");
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private string Junk(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)random.Next(0x20, 0x2FF));
        }
        return text.ToString();
    }
}
