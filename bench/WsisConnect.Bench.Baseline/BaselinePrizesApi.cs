namespace WsisConnect.Bench.Baseline;

/// <summary>
/// The prize endpoints the load tool uses, on WsisConnect's paths with its JSON shapes and error codes: the board,
/// <c>POST /api/prizes/{categoryId}/votes</c> and the totals. The bearer token names the voter (any token is
/// accepted, as the baseline hub does); no token is refused as WsisConnect refuses it.
/// </summary>
public static class BaselinePrizesApi
{
    private const string OperationHeader = "Idempotency-Key";

    /// <summary>Maps <c>/api/prizes</c>.</summary>
    public static IEndpointRouteBuilder MapBaselinePrizes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/prizes", (HttpContext http, PrizeBook book) =>
            VoterOf(http) is not { } voter
                ? Unauthenticated()
                : Results.Ok(new BaselinePrizeBoard(book.Categories, false,
                    book.All.Select(t => (t.Category.Id, Nominee: t.VoteOf(voter))).Where(v => v.Nominee is not null)
                        .ToDictionary(v => v.Id, v => v.Nominee!, StringComparer.Ordinal))));
        app.MapPost("/api/prizes/{categoryId}/votes", (string categoryId, BaselinePrizeVote vote, HttpContext http, PrizeBook book) =>
        {
            if (VoterOf(http) is not { } voter)
            {
                return Unauthenticated();
            }
            var tally = book.Find(categoryId);
            var nominee = tally is null || vote.NomineeId is null ? -1 : tally.IndexOf(vote.NomineeId);
            if (nominee < 0)
            {
                return Refused(StatusCodes.Status404NotFound, "prize.not_found", "There is no such prize category or nominee.");
            }
            var operationId = http.Request.Headers.TryGetValue(OperationHeader, out var header) ? header.ToString() : null;
            return tally!.TryVote(voter, nominee, operationId)
                ? Results.Created($"/api/prizes/{categoryId}/votes", new BaselinePrizeReceipt(categoryId, vote.NomineeId!))
                : Refused(StatusCodes.Status409Conflict, "prize.already_voted", "You have already voted in this category.");
        });
        app.MapGet("/api/prizes/{categoryId}/results", (string categoryId, HttpContext http, PrizeBook book) =>
            VoterOf(http) is null ? Unauthenticated()
            : book.Find(categoryId) is { } tally ? Results.Ok(tally.Results())
            : Refused(StatusCodes.Status404NotFound, "prize.not_found", "There is no such prize category or nominee."));
        return app;
    }

    private static string? VoterOf(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header is { Length: > 7 } && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : null;
    }

    private static IResult Unauthenticated() =>
        Refused(StatusCodes.Status401Unauthorized, "auth.unauthenticated", "A valid bearer token is required; sign in with your access code.");

    private static IResult Refused(int status, string code, string title) =>
        Results.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });
}
