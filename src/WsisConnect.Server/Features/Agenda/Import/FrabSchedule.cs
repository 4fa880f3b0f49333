using System.Text.Json;
using System.Text.Json.Serialization;

namespace WsisConnect.Server.Features.Agenda.Import;

/// <summary>
/// The frab schedule JSON as frab, pretalx and many conference sites export it: <c>schedule</c> (or the root)
/// → <c>conference</c> → <c>days</c> → <c>rooms</c> (a map from room name to its events). Only what the forum uses is read.
/// </summary>
public sealed record FrabRoot(FrabScheduleBody? Schedule, FrabConference? Conference);

/// <summary>The <c>schedule</c> object.</summary>
public sealed record FrabScheduleBody(string? Version, FrabConference? Conference);

/// <summary>The conference: its time zone and its days.</summary>
public sealed record FrabConference(string? Title, string? TimeZoneName, FrabDay[]? Days);

/// <summary>One day: its date and the events in each room.</summary>
public sealed record FrabDay(int Index, string? Date, Dictionary<string, FrabEvent[]?>? Rooms);

/// <summary>One event (a session).</summary>
public sealed record FrabEvent(
    JsonElement Id,
    [property: JsonPropertyName("guid")] string? EventGuid,
    string? Date,
    string? Start,
    string? Duration,
    string? Room,
    string? Title,
    string? Subtitle,
    string? Track,
    string? Type,
    string? Language,
    string? Abstract,
    string? Description,
    FrabPerson[]? Persons,
    string[]? Tags,
    [property: JsonPropertyName("do_not_record")] bool? DoNotRecord);

/// <summary>A speaker of an event.</summary>
public sealed record FrabPerson(string? PublicName, string? Name, [property: JsonPropertyName("full_public_name")] string? FullPublicName);
