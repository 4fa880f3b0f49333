using WsisConnect.Contracts.Polls;

namespace WsisConnect.Grains.Polls;

/// <summary>What participants may not see of a poll: a quiz's answer before it closes.</summary>
public static class PollRedaction
{
    /// <summary>The poll as participants see it.</summary>
    public static PollDetails ForParticipants(PollDetails poll) =>
        poll.Definition.CorrectOption is not null && poll.Status != PollStatus.Closed
            ? poll with { Definition = poll.Definition with { CorrectOption = null } }
            : poll;
}
