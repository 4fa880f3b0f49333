using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Contracts.Questions;

/// <summary>Everything one caller may see of a session's queue at <paramref name="Version"/>.</summary>
/// <param name="Questions">Public questions, plus the caller's own pending or dismissed ones; moderators get all.</param>
/// <param name="MyUpvotes">Ids of the questions the caller has upvoted.</param>
/// <param name="MyQuestions">Ids of the questions the caller asked (anonymous ones included).</param>
/// <param name="Version">The queue's version; deltas at or below it are already contained here.</param>
[GenerateSerializer, Immutable, Alias("wsis.QuestionQueueSnapshot")]
public sealed record QuestionQueueSnapshot(
    [property: Id(0)] SessionDetails Session,
    [property: Id(1)] IReadOnlyList<QuestionView> Questions,
    [property: Id(2)] IReadOnlyList<int> MyUpvotes,
    [property: Id(3)] IReadOnlyList<int> MyQuestions,
    [property: Id(4)] bool IsModerator,
    [property: Id(5)] long Version);
