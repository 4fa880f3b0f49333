using WsisConnect.Contracts.Agenda;
using static WsisConnect.Contracts.Agenda.SessionFormat;

namespace WsisConnect.Demo;

/// <summary>The backbone of the week: ceremonies, high-level and closed sessions, the hackathon, briefings, social events.</summary>
internal static class DemoFixedSessions
{
    private const string Hall = DemoRooms.MainHall;
    private const string Popov = "ITU Popov Room";
    private const string Montreux = "ITU Montreux Room";
    private const string Tower = "ITU Tower Room";
    private const string Press = "CICG Room 18";
    private const string Expo = "CICG Exhibition Hall";
    private const string Wellbeing = "CICG Room 15";

    public static IReadOnlyList<DemoFixedSession> All { get; } =
    [
        .. Monday(), .. Tuesday(), .. Wednesday(), .. Thursday(), .. Friday(),
        .. Enumerable.Range(0, DemoWeek.Days).Select(day => new DemoFixedSession(day, Wellbeing, new(12, 15), 45, SocialEvent,
            $"Yoga and mindfulness break (day {day + 1})",
            "A guided break to stretch, breathe and reset between sessions. No experience needed; mats are provided.",
            ["C10"], [3])),
    ];

    private static IEnumerable<DemoFixedSession> Monday() =>
    [
        new(0, Hall, new(9, 0), 90, HighLevelPolicySession, "Opening ceremony of the WSIS Forum 2025",
            "The forum opens with the heads of the co-organising UN agencies, the host country and ministers from every region. Twenty years after Tunis, speakers set out what the WSIS+20 review should deliver. Interpretation is available in the six UN languages.",
            ["C1", "C11"], [17, 16]),
        new(0, Hall, new(11, 0), 90, HighLevelPolicySession, "High-level policy session 1: Twenty years of WSIS, and the next ten",
            "Ministers, heads of agencies and stakeholders take stock of two decades of WSIS implementation and name the priorities for 2030. Interpretation is available in the six UN languages.",
            ["C11", "C1"], [17]),
        new(0, Hall, new(14, 30), 90, HighLevelPolicySession, "High-level policy session 2: Bridging digital divides",
            "A third of humanity is still offline. Leaders discuss what it takes to bring affordable, meaningful connectivity to everyone.",
            ["C2", "C4"], [9, 10]),
        new(0, Hall, new(16, 30), 90, HighLevelPolicySession, "High-level policy session 3: Trust and security in a connected world",
            "How countries, industry and users can build confidence in digital services while protecting rights and critical infrastructure.",
            ["C5", "C10"], [16, 9]),
        new(0, Popov, new(14, 0), 90, MinisterialRoundtable, "Ministerial roundtable (closed): Digital cooperation for the next decade of WSIS",
            "A closed exchange among ministers and vice-ministers on financing, capacity and cooperation for inclusive digital transformation. Participation by invitation; outcomes are reported in the closing session.",
            ["C1", "C11", "C6"], [17, 16]),
        new(0, Press, new(12, 15), 45, PressBriefing, "Press briefing: Opening of the WSIS Forum 2025",
            "Accredited media meet the forum's organisers and the host country for the key facts and figures of the week.",
            ["C9"], [16]),
        new(0, Expo, new(11, 0), 420, Exhibition, "WSIS Exhibition: opening tour and stands",
            "More than fifty stands from governments, UN agencies, companies and civil society show digital solutions for the SDGs. The opening tour starts at the main entrance.",
            ["C7", "C11"], [9, 17]),
        new(0, Expo, new(18, 30), 90, SocialEvent, "Welcome reception",
            "Meet fellow participants from across the world over drinks and light refreshments, hosted by the forum's co-organisers and the host country.",
            ["C11"], [17]),
    ];

    private static IEnumerable<DemoFixedSession> Tuesday() =>
    [
        new(1, Hall, new(9, 0), 90, HighLevelPolicySession, "High-level policy session 4: Inclusive digital economies",
            "Policies that let small businesses, workers and consumers share in the gains of digital trade and platforms.",
            ["C7", "C6"], [8, 9]),
        new(1, Hall, new(11, 0), 90, HighLevelPolicySession, "High-level policy session 5: AI for good governance",
            "Ethics, rights and capacity: how governments can use and govern artificial intelligence in the public interest.",
            ["C10", "C6", "C1"], [9, 16]),
        new(1, Hall, new(16, 30), 90, PrizeCeremony, "WSIS Prizes 2025 ceremony",
            "The 19 winners and 71 champions of the WSIS Prizes 2025 are honoured for projects that put the WSIS action lines into practice. The winners were chosen by an online vote of the WSIS community.",
            ["C11"], [17]),
        new(1, Popov, new(14, 0), 90, RegulatorsRoundtable, "Regulators roundtable: Collaborative regulation for meaningful connectivity",
            "Heads of regulatory authorities compare approaches to spectrum, competition and consumer protection in converging markets.",
            ["C6", "C2"], [9, 17]),
        new(1, Montreux, new(9, 30), 60, Hackathon, "WSIS Hackathon: kick-off and team formation",
            "Challenge owners present this year's problem statements on accessible AI for public services, and participants form teams.",
            ["C4", "C7"], [9, 10], "Emerging technologies"),
        new(1, Press, new(12, 15), 45, PressBriefing, "Press briefing: WSIS Prizes 2025 winners",
            "Media meet a selection of this year's prize winners ahead of the evening ceremony.",
            ["C9"], [16]),
        new(1, Expo, new(9, 0), 540, Exhibition, "WSIS Exhibition (day 2)",
            "The exhibition stands are open all day, with short demonstrations on the hour.",
            ["C7"], [9]),
        new(1, Tower, new(11, 0), 60, OpenConsultation, "Open consultation: Thematic priorities for the WSIS Forum 2026",
            "Tell the organisers which themes, formats and speakers the next forum should feature. Remote participants can take the floor.",
            ["C11"], [17]),
    ];

    private static IEnumerable<DemoFixedSession> Wednesday() =>
    [
        new(2, Hall, new(9, 0), 90, HighLevelPolicySession, "High-level policy session 6: Digital skills for all ages",
            "From schoolchildren to older persons, leaders discuss how to make lifelong digital learning a reality.",
            ["C4", "C7"], [4, 8]),
        new(2, "CICG Room 2", new(13, 15), 60, PrizeCeremony, "WSIS Photo Contest 2025 awards",
            "The winning photographs of the WSIS Photo Contest, showing how ICTs change lives, are unveiled and their authors awarded.",
            ["C8", "C9"], [17]),
        new(2, Montreux, new(14, 0), 90, Hackathon, "WSIS Hackathon: build sprint on accessible AI",
            "Teams build and test their prototypes with mentors from industry, academia and organisations of persons with disabilities.",
            ["C4", "C7", "C3"], [9, 10], "Accessibility"),
        new(2, Montreux, new(16, 0), 60, Hackathon, "WSIS Hackathon: mentor clinic",
            "One-to-one advice for the hackathon teams on design, data and pitching.",
            ["C4"], [9]),
        new(2, Press, new(12, 15), 45, PressBriefing, "Press briefing: The WSIS+20 review and the road to 2030",
            "Journalists put their questions on the WSIS+20 review process to the forum's organisers.",
            ["C9", "C11"], [16, 17]),
        new(2, Expo, new(9, 0), 540, Exhibition, "WSIS Exhibition (day 3)",
            "The exhibition stands are open all day, with a guided tour for youth delegates at 11:00.",
            ["C7"], [9]),
        new(2, Tower, new(14, 0), 90, OpenConsultation, "Open consultation: WSIS action lines and the Global Digital Compact",
            "How should the WSIS action lines and the Global Digital Compact work together? All stakeholders are invited to contribute, on site or online.",
            ["C11", "C1"], [17]),
    ];

    private static IEnumerable<DemoFixedSession> Thursday() =>
    [
        new(3, Hall, new(9, 0), 90, HighLevelPolicySession, "High-level policy session 7: Sustainable and smart cities",
            "Mayors, ministers and industry leaders on data, climate resilience and people-centred urban services.",
            ["C7", "C2"], [11, 13], "Smart cities"),
        new(3, Hall, new(16, 30), 90, PrizeCeremony, "Healthy Ageing Innovation Prize ceremony",
            "Innovators whose solutions help older persons live healthy, connected and independent lives receive their awards.",
            ["C7", "C4"], [3, 10], "ICT and older persons"),
        new(3, Montreux, new(14, 0), 90, Hackathon, "WSIS Hackathon: final pitches and awards",
            "The finalist teams pitch their prototypes to a jury; winners are announced at the end of the session.",
            ["C4", "C7"], [9, 10], "Emerging technologies"),
        new(3, Expo, new(9, 0), 540, Exhibition, "WSIS Exhibition (day 4)",
            "The exhibition stands are open all day; start-ups present in the innovation corner from 14:00.",
            ["C7"], [9]),
        new(3, Tower, new(11, 0), 60, OpenConsultation, "Open consultation: WSIS Stocktaking and the 2026 Prizes categories",
            "Review the categories of the WSIS Prizes and suggest how projects should be reported to the WSIS Stocktaking database.",
            ["C11"], [17]),
    ];

    private static IEnumerable<DemoFixedSession> Friday() =>
    [
        new(4, Hall, new(9, 0), 90, HighLevelPolicySession, "High-level policy session 8: Cultural and linguistic diversity online",
            "How to grow content in every language, including indigenous languages, and keep cultural heritage alive in the digital age.",
            ["C8", "C3"], [4, 10], "Indigenous peoples and languages"),
        new(4, Hall, new(14, 30), 90, HighLevelPolicySession, "Closing ceremony: Outcomes of the WSIS Forum 2025",
            "Rapporteurs present the outcomes of the week and the organisers publish the forum's figures. Interpretation is available in the six UN languages.",
            ["C11", "C1"], [17]),
        new(4, Tower, new(11, 0), 60, OpenConsultation, "Open consultation: Implementing the WSIS+20 outcome",
            "A first discussion on how the outcome of the WSIS+20 review should be implemented, followed up and measured.",
            ["C11"], [17, 16]),
        new(4, Press, new(12, 15), 45, PressBriefing, "Press briefing: The week in figures",
            "Organisers present participation, engagement and prize figures of the week.",
            ["C9"], [16]),
        new(4, Expo, new(9, 0), 300, Exhibition, "WSIS Exhibition (final day)",
            "The exhibition stands are open until 14:00.",
            ["C7"], [9]),
    ];
}
