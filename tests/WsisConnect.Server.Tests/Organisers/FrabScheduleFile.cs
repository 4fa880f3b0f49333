using System.Text;
using System.Text.Json;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>
/// Writes a schedule.json as pretalx exports it (schedule → conference → days → rooms → events), written here,
/// not by the demo's generator: what a real conference tool hands the organisers.
/// </summary>
public static class FrabScheduleFile
{
    /// <summary>A forum week of <paramref name="count"/> events in ten rooms over five days, every event with a fresh guid.</summary>
    public static List<FrabEventSpec> Week(int count)
    {
        string[] tracks = ["C1 Role of governments", "C2 Infrastructure", "C3 Access to information", "C4 Capacity building SDG 4", "C5 Security",
            "C6 Enabling environment", "C7 e-health SDG 3", "C8 Cultural diversity", "C9 Media", "C10 Ethics", "C11 Cooperation SDG 17"];
        string[] types = ["Talk", "Workshop", "Panel", "Keynote", "Knowledge Café", "Interactive session"];
        var events = new List<FrabEventSpec>();
        for (var i = 0; i < count; i++)
        {
            var day = i % 5;
            var slot = i / 50;
            var room = $"Room {(char)('A' + (i / 5 % 10))}";
            var start = new DateTimeOffset(2026, 7, 6 + day, 9 + slot * 2, 0, 0, TimeSpan.FromHours(2));
            events.Add(new FrabEventSpec(Guid.NewGuid().ToString(), 1000 + i, $"Session {i + 1}: digital cooperation in practice", room, start, 90,
                tracks[i % tracks.Length], types[i % types.Length], [$"Speaker {i}A", $"Speaker {i}B"]));
        }
        return events;
    }

    /// <summary>The schedule JSON for <paramref name="events"/>.</summary>
    public static byte[] Json(IEnumerable<FrabEventSpec> events)
    {
        var days = events.GroupBy(e => e.Start.Date).OrderBy(d => d.Key).Select((day, index) => new
        {
            index = index + 1,
            date = day.Key.ToString("yyyy-MM-dd"),
            rooms = day.GroupBy(e => e.Room).ToDictionary(r => r.Key, r => r.OrderBy(e => e.Start).Select(e => new
            {
                id = e.Id,
                guid = e.EventId,
                date = e.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
                start = e.Start.ToString("HH:mm"),
                duration = TimeSpan.FromMinutes(e.Minutes).ToString(@"hh\:mm"),
                room = e.Room,
                slug = $"wsis-{e.Id}",
                title = e.Title,
                subtitle = "",
                track = e.Track,
                type = e.Type,
                language = "en",
                @abstract = $"What event {e.Id} is about.",
                description = "",
                persons = e.Speakers.Select((s, i) => new { id = e.Id * 10 + i, public_name = s, biography = "" }),
                links = Array.Empty<object>(),
            })),
        });
        var schedule = new
        {
            schema = "https://c3voc.de/schedule/schema.json",
            generator = new { name = "pretalx", version = "2025.1.0" },
            schedule = new
            {
                version = "1.0",
                base_url = "https://pretalx.example/wsis/schedule/",
                conference = new { acronym = "wsis26", title = "WSIS Forum 2026", start = "2026-07-06", end = "2026-07-10", daysCount = 5,
                    timeslot_duration = "00:15", time_zone_name = "Europe/Zurich", days },
            },
        };
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(schedule));
    }
}
