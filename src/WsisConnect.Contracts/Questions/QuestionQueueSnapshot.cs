using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Contracts.Questions;

/// <summary>Everything one caller may see of a session's queue at <paramref name="Version"/>.</summary>
/// <param name="Questions">Public questions, plus the caller's own pending or dismissed ones; moderators get all.</param>
/// <param name="MyUpvotes">Ids of the questions the caller has upvoted.</param>
/// <param name="MyQuestions">Ids of the questions the caller asked (anonymous ones included).</param>
/// <param name="Version">The queue's version; deltas at or below it are already contained here.</param>
[Wire("wsis.QuestionQueueSnapshot")]
public sealed record QuestionQueueSnapshot(
    [property: WireMember(0)] SessionDetails Session,
    [property: WireMember(1)] IReadOnlyList<QuestionView> Questions,
    [property: WireMember(2)] IReadOnlyList<int> MyUpvotes,
    [property: WireMember(3)] IReadOnlyList<int> MyQuestions,
    [property: WireMember(4)] bool IsModerator,
    [property: WireMember(5)] long Version);
