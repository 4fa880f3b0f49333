using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;

namespace WsisConnect.Server.Features.Questions;

/// <summary>A session's questions over HTTP, for clients that do not hold a hub connection.</summary>
public static class QuestionsApi
{
    /// <summary>Maps <c>/api/sessions/{sessionId}/questions</c>.</summary>
    public static IEndpointRouteBuilder MapQuestionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions/{sessionId}/questions").WithTags("Questions").RequireAuthorization();
        group.MapGet("", (string sessionId, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IQuestionQueueGrain>(sessionId).GetSnapshotAsync(http.User.ToCaller()))
            .WithName("getSessionQuestions").WithSummary("What the caller may see of the session's queue")
            .Refuses(ErrorCodes.SessionNotFound);
        group.MapPost("", AskAsync).WithName("askQuestion")
            .WithSummary("Ask a question")
            .Refuses(ErrorCodes.QuestionEmpty, ErrorCodes.QuestionTooLong, ErrorCodes.SessionNotFound, ErrorCodes.SessionEnded, ErrorCodes.QuestionRateLimited);
        return app;
    }

    private static async Task<Created<QuestionView>> AskAsync(string sessionId, AskRequest request, HttpContext http, IGrainFactory grains)
    {
        var question = await grains.GetGrain<IQuestionQueueGrain>(sessionId).AskAsync(http.User.ToCaller(), request.Text ?? string.Empty, request.Anonymous);
        return TypedResults.Created($"/api/sessions/{sessionId}/questions/{question.Id}", question);
    }
}
