using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Demo;

/// <summary>Writes titles and descriptions for the planned sessions; no two sessions of the week share a title.</summary>
internal sealed class DemoSessionTitles(Random random)
{
    private static readonly string[] Angles =
    [
        "from principles to practice", "lessons from the Global South", "what works at scale", "closing the gaps by 2030",
        "partnerships that deliver", "building trust and inclusion", "policy options for developing countries",
        "leaving no one behind", "measuring what matters", "from pilots to national programmes", "the role of local communities",
        "financing the next steps", "rights, risks and responsibilities", "standards, skills and safeguards",
        "lessons from twenty years of WSIS", "innovation that serves people", "building the evidence base",
    ];

    private static readonly string[] Regions =
    [
        "in Africa", "in the Arab region", "in Asia and the Pacific", "in Latin America and the Caribbean",
        "in small island developing States", "in least developed countries", "in Europe and Central Asia",
        "in landlocked developing countries",
    ];

    private static readonly string[] Questions =
    [
        "what should change by 2030?", "who is still left out?", "how do we scale what works?",
        "what can we learn from each other?", "where should investment go next?", "what does success look like?",
    ];

    private static readonly string[] LeadersTalks =
    [
        "Bridging the last mile in {0}", "Trust by design in {0}", "From vision to impact in {0}", "Moving the needle on {0}",
        "Scaling what works in {0}", "Local voices on {0}", "Partnerships for {0}", "Bold commitments on {0}",
        "The big ideas in {0}", "Investing in {0}",
    ];

    private static readonly string[] YouthAngles =
        ["young voices", "ideas from young innovators", "a youth perspective", "what young people want", "youth-led solutions"];

    private static readonly string[] CafeAngles =
        ["share what works", "ideas for the next decade", "an open conversation", "the questions we should be asking"];

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public void Reserve(string title) => used.Add(title);

    public (string Title, string Description) Write(SessionFormat format, DemoTheme theme, DemoCountry? host)
    {
        var description = $"{theme.Summary} {Blurb(format, host)}";
        var title = "";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            title = Compose(format, theme.Phrases[random.Next(theme.Phrases.Count)], host);
            if (used.Add(title))
            {
                return (title, description);
            }
        }
        for (var part = 2; ; part++)
        {
            var numbered = $"{title} (part {part})";
            if (used.Add(numbered))
            {
                return (numbered, description);
            }
        }
    }

    public (string Title, string Description) WriteFacilitation(DemoActionLine line)
    {
        var title = line.Area is null
            ? $"Action line {line.Code} facilitation meeting: {line.Title}"
            : $"Action line {line.Code} facilitation meeting: {line.Area}";
        var subject = line.Area is null ? $"action line {line.Code} ({line.Title})" : $"action line {line.Code} on {line.Area}";
        used.Add(title);
        return (title,
            $"The annual meeting of {subject}, facilitated by {line.Facilitators}, reviews progress, trends and priorities for the year ahead. Open to all stakeholders; remote participants can take the floor.");
    }

    private string Compose(SessionFormat format, string phrase, DemoCountry? host) => format switch
    {
        SessionFormat.InteractiveSession => $"{Capitalise(phrase)}: {Pick(Questions)}",
        SessionFormat.CountryWorkshop when host is not null => random.Next(3) switch
        {
            0 => $"{host.Name}: {phrase} in practice",
            1 => $"{Capitalise(phrase)}: lessons from {host.Name}",
            _ => $"{Capitalise(phrase)}: the national experience of {host.Name}",
        },
        SessionFormat.LeadersTalkX => $"Leaders TalkX: {string.Format(null, Pick(LeadersTalks), phrase)}",
        SessionFormat.HighLevelDialogue => random.Next(2) == 0
            ? $"High-level dialogue on {phrase}"
            : $"High-level dialogue: accelerating action on {phrase}",
        SessionFormat.YouthTrack => $"Youth track: {phrase} — {Pick(YouthAngles)}",
        SessionFormat.KnowledgeCafe => random.Next(2) == 0
            ? $"Knowledge café: {phrase}"
            : $"Knowledge café: {phrase} — {Pick(CafeAngles)}",
        _ => random.Next(3) switch
        {
            0 => $"{Capitalise(phrase)} {Pick(Regions)}",
            1 => $"{Capitalise(phrase)} {Pick(Regions)}: {Pick(Angles)}",
            _ => $"{Capitalise(phrase)}: {Pick(Angles)}",
        },
    };

    private string Blurb(SessionFormat format, DemoCountry? host) => format switch
    {
        SessionFormat.InteractiveSession => Pick(
        [
            "The floor is open: participants on site and online bring their questions and the panel responds.",
            "A short framing is followed by discussion in small groups and a shared list of recommendations.",
        ]),
        SessionFormat.CountryWorkshop when host is not null =>
            $"{host.Name} presents its national strategy and lessons learned, with partners from government, industry and civil society.",
        SessionFormat.LeadersTalkX => Pick(
        [
            "Leaders share their boldest commitments in short, sharp interventions, followed by questions from the floor.",
            "Each leader has three minutes to say what they will do next; then the audience takes over.",
        ]),
        SessionFormat.HighLevelDialogue =>
            "Ministers, heads of agencies and stakeholders exchange views on priorities for the next decade of WSIS.",
        SessionFormat.YouthTrack =>
            "Organised by young people for young people; participants under 30 are especially encouraged to take the floor.",
        SessionFormat.KnowledgeCafe =>
            "An informal round-table conversation: join a table, share your experience and carry ideas to the next discussion.",
        _ => Pick(
        [
            "Practitioners from several regions present concrete projects and discuss what made them work.",
            "Short case studies are followed by an open discussion with participants in the room and online.",
            "Governments, industry, civil society and academia compare approaches and agree on next steps.",
        ]),
    };

    private string Pick(string[] options) => options[random.Next(options.Length)];

    private static string Capitalise(string phrase) => string.Concat(char.ToUpperInvariant(phrase[0]).ToString(), phrase[1..]);
}
