namespace WsisConnect.Contracts.Agenda;

/// <summary>The session formats of a WSIS Forum week.</summary>
public enum SessionFormat
{
    /// <summary>High-level policy session.</summary>
    HighLevelPolicySession = 0,
    /// <summary>Leaders TalkX.</summary>
    LeadersTalkX = 1,
    /// <summary>High-level dialogue.</summary>
    HighLevelDialogue = 2,
    /// <summary>Ministerial roundtable (closed).</summary>
    MinisterialRoundtable = 3,
    /// <summary>Regulators roundtable.</summary>
    RegulatorsRoundtable = 4,
    /// <summary>Interactive session.</summary>
    InteractiveSession = 5,
    /// <summary>Thematic workshop.</summary>
    ThematicWorkshop = 6,
    /// <summary>Country workshop.</summary>
    CountryWorkshop = 7,
    /// <summary>Knowledge café (daily, discussion format).</summary>
    KnowledgeCafe = 8,
    /// <summary>Action line facilitation meeting.</summary>
    ActionLineFacilitation = 9,
    /// <summary>Prize or award ceremony.</summary>
    PrizeCeremony = 10,
    /// <summary>Hackathon.</summary>
    Hackathon = 11,
    /// <summary>Youth special track session.</summary>
    YouthTrack = 12,
    /// <summary>Social event: reception, yoga and mindfulness.</summary>
    SocialEvent = 13,
    /// <summary>Open consultation meeting (remote participation supported).</summary>
    OpenConsultation = 14,
    /// <summary>Press briefing.</summary>
    PressBriefing = 15,
    /// <summary>Exhibition.</summary>
    Exhibition = 16,
}
