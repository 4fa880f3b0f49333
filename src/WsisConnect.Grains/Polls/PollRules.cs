using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Polls;

namespace WsisConnect.Grains.Polls;

/// <summary>What makes a poll well-formed and a ballot acceptable for it.</summary>
public static class PollRules
{
    /// <summary>Refuses a malformed draft with <see cref="ErrorCodes.PollInvalid"/>; returns it trimmed.</summary>
    public static PollDraft Validate(PollDraft draft)
    {
        var question = (draft.Question ?? string.Empty).Trim();
        Require(question.Length is > 0 and <= PollLimits.MaxQuestionLength, $"A poll question needs 1 to {PollLimits.MaxQuestionLength} characters.");
        Require(Enum.IsDefined(draft.Kind), "Unknown poll kind.");
        Require(Enum.IsDefined(draft.Visibility), "Unknown results visibility.");
        var options = (draft.Options ?? []).Select(o => (o ?? string.Empty).Trim()).ToArray();
        var choice = draft.Kind is PollKind.SingleChoice or PollKind.MultipleChoice or PollKind.Quiz;
        if (choice)
        {
            Require(options.Length >= PollLimits.MinOptions && options.Length <= PollLimits.MaxOptions, $"A choice poll needs {PollLimits.MinOptions} to {PollLimits.MaxOptions} options.");
            Require(options.All(o => o.Length is > 0 and <= PollLimits.MaxOptionLength), $"Each option needs 1 to {PollLimits.MaxOptionLength} characters.");
        }
        else
        {
            Require(options.Length == 0, "Only choice and quiz polls have options.");
        }
        var maxChoices = draft.Kind == PollKind.MultipleChoice ? draft.MaxChoices : 1;
        Require(maxChoices >= 1 && (!choice || maxChoices <= options.Length), "MaxChoices must be between 1 and the number of options.");
        if (draft.Kind == PollKind.Rating)
        {
            Require(draft.RatingMin >= PollLimits.RatingLowest && draft.RatingMax <= PollLimits.RatingHighest && draft.RatingMin < draft.RatingMax,
                $"A rating runs from {PollLimits.RatingLowest}-{PollLimits.RatingHighest - 1} up to at most {PollLimits.RatingHighest}.");
        }
        if (draft.Kind == PollKind.Quiz)
        {
            Require(draft.CorrectOption is { } c && c >= 0 && c < options.Length, "A quiz needs the index of its correct option.");
            Require(draft.CountdownSeconds >= PollLimits.MinCountdownSeconds && draft.CountdownSeconds <= PollLimits.MaxCountdownSeconds,
                $"A quiz countdown is {PollLimits.MinCountdownSeconds} to {PollLimits.MaxCountdownSeconds} seconds.");
        }
        // A quiz answer is final: changing it once the right answer is guessed from the room would game the points.
        return draft with
        {
            Question = question,
            Options = options,
            MaxChoices = maxChoices,
            CorrectOption = draft.Kind == PollKind.Quiz ? draft.CorrectOption : null,
            AllowChange = draft.AllowChange && draft.Kind != PollKind.Quiz,
        };
    }

    /// <summary>Refuses a ballot that does not fit <paramref name="draft"/>; returns it normalised.</summary>
    public static Ballot Validate(PollDraft draft, Ballot ballot)
    {
        switch (draft.Kind)
        {
            case PollKind.SingleChoice or PollKind.MultipleChoice or PollKind.Quiz:
                var picked = (ballot.Options ?? []).Distinct().Order().ToArray();
                if (picked.Length == 0 || picked.Length > draft.MaxChoices)
                {
                    throw new ForumException(ErrorCodes.PollTooManyChoices, $"Pick 1 to {draft.MaxChoices} options.");
                }
                if (picked.Any(i => i < 0 || i >= draft.Options.Length))
                {
                    throw new ForumException(ErrorCodes.PollInvalidOption, $"This poll has options 0 to {draft.Options.Length - 1}.");
                }
                return new Ballot(picked);
            case PollKind.Rating:
                if (ballot.Rating is not { } rating || rating < draft.RatingMin || rating > draft.RatingMax)
                {
                    throw new ForumException(ErrorCodes.PollRatingOutOfRange, $"A rating from {draft.RatingMin} to {draft.RatingMax}.");
                }
                return new Ballot([], rating);
            case PollKind.OpenText:
                var text = (ballot.Text ?? string.Empty).Trim();
                if (text.Length is 0 or > PollLimits.MaxTextLength)
                {
                    throw new ForumException(ErrorCodes.PollInvalidAnswer, $"An answer of 1 to {PollLimits.MaxTextLength} characters.");
                }
                return new Ballot([], null, text);
            default:
                var word = WordCloud.Normalize(ballot.Text);
                if (word.Length is 0 or > PollLimits.MaxWordLength)
                {
                    throw new ForumException(ErrorCodes.PollInvalidAnswer, $"An answer of 1 to {PollLimits.MaxWordLength} characters.");
                }
                return new Ballot([], null, word);
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ForumException(ErrorCodes.PollInvalid, message);
        }
    }
}
