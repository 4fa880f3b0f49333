using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Grains.Imports;

/// <summary>Which fields of a session an import changes, compared by value (arrays by their items).</summary>
public static class SessionComparison
{
    /// <summary>The names of the fields that differ; empty when the import changes nothing.</summary>
    public static string[] ChangedFields(SessionDetails before, SessionDetails after)
    {
        var fields = new List<string>();
        if (before.Title != after.Title) fields.Add("title");
        if (before.Description != after.Description) fields.Add("description");
        if (before.Format != after.Format) fields.Add("format");
        if (before.Room != after.Room) fields.Add("room");
        if (before.Start != after.Start || before.Start.Offset != after.Start.Offset) fields.Add("start");
        if (before.End != after.End || before.End.Offset != after.End.Offset) fields.Add("end");
        if (!before.ActionLines.SequenceEqual(after.ActionLines)) fields.Add("actionLines");
        if (!before.Sdgs.SequenceEqual(after.Sdgs)) fields.Add("sdgs");
        if (before.Track != after.Track) fields.Add("track");
        if (!before.Speakers.SequenceEqual(after.Speakers)) fields.Add("speakers");
        if (!before.ModeratorIds.Order(StringComparer.Ordinal).SequenceEqual(after.ModeratorIds.Order(StringComparer.Ordinal))) fields.Add("moderators");
        if (before.QuestionMode != after.QuestionMode) fields.Add("questionMode");
        return [.. fields];
    }
}
