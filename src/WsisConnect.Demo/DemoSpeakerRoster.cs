using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Demo;

/// <summary>Casts the panel of each session from the registration list, as a programme committee would.</summary>
internal sealed class DemoSpeakerRoster
{
    private const int MaxPanel = 6;

    private readonly Random random;
    private readonly DemoSpeakerPool everyone;
    private readonly DemoSpeakerPool ministers;
    private readonly DemoSpeakerPool regulators;
    private readonly DemoSpeakerPool parliamentarians;
    private readonly DemoSpeakerPool unitedNations;
    private readonly DemoSpeakerPool senior;
    private readonly Dictionary<string, DemoSpeakerPool> byCountry;
    private readonly HashSet<string> speakerIds = new(StringComparer.Ordinal);

    public DemoSpeakerRoster(Random random, IReadOnlyList<DemoRegistrant> candidates)
    {
        this.random = random;
        everyone = new(random, candidates);
        ministers = new(random, candidates.Where(person => person.IsMinisterial));
        regulators = new(random, candidates.Where(person => person.IsRegulatorHead));
        parliamentarians = new(random, candidates.Where(person => person.IsParliamentarian));
        unitedNations = new(random, candidates.Where(person =>
            person.Senior && person.Person.Profile.StakeholderType == StakeholderType.InternationalOrganization));
        senior = new(random, candidates.Where(person => person.Senior));
        // A country presents its own work: its officials, companies, universities and NGOs, not its nationals at the UN.
        byCountry = candidates
            .Where(person => person.Person.Profile.StakeholderType != StakeholderType.InternationalOrganization)
            .GroupBy(person => person.Country.Code)
            .ToDictionary(group => group.Key, group => new DemoSpeakerPool(random, group));
    }

    /// <summary>Everyone cast so far, to be given the Speaker role.</summary>
    public IReadOnlySet<string> SpeakerIds => speakerIds;

    /// <summary>Programme credits of the panel, for example "H.E. Ms Amina Diallo, Minister of ICT, Senegal".</summary>
    public IReadOnlyList<string> Cast(SessionFormat format, string? track, DemoCountry? host)
    {
        (DemoSpeakerPool Pool, int Fewest, int Most)[] seats = format switch
        {
            SessionFormat.HighLevelPolicySession => [(ministers, 2, 2), (unitedNations, 1, 1), (senior, 2, 3)],
            SessionFormat.MinisterialRoundtable => [(ministers, 6, 6)],
            SessionFormat.RegulatorsRoundtable => [(regulators, 5, 5), (unitedNations, 1, 1)],
            SessionFormat.LeadersTalkX => [(ministers, 1, 1), (senior, 3, 4)],
            SessionFormat.HighLevelDialogue => [(ministers, 1, 1), (unitedNations, 1, 1), (senior, 2, 3)],
            SessionFormat.PrizeCeremony => [(unitedNations, 2, 2), (ministers, 1, 1)],
            SessionFormat.PressBriefing or SessionFormat.Exhibition or SessionFormat.SocialEvent => [(unitedNations, 2, 2)],
            SessionFormat.ActionLineFacilitation or SessionFormat.OpenConsultation => [(unitedNations, 2, 2), (everyone, 1, 2)],
            SessionFormat.CountryWorkshop when host is not null =>
                [(byCountry.GetValueOrDefault(host.Code) ?? everyone, 2, 3), (everyone, 1, 1)],
            SessionFormat.KnowledgeCafe or SessionFormat.Hackathon => [(everyone, 2, 3)],
            SessionFormat.InteractiveSession => [(everyone, 2, 4)],
            _ => [(everyone, 3, 5)],
        };
        var panel = new List<DemoRegistrant>();
        if (track == "Parliamentarians")
        {
            Seat(panel, parliamentarians, 2);
        }
        foreach (var (pool, fewest, most) in seats)
        {
            Seat(panel, pool, random.Next(fewest, most + 1));
        }
        return panel.Select(person => person.Credit).ToArray();
    }

    // Falls back to anyone when a pool runs dry, so that every session still gets a panel.
    private void Seat(List<DemoRegistrant> panel, DemoSpeakerPool pool, int seats)
    {
        for (var seat = 0; seat < seats && panel.Count < MaxPanel; seat++)
        {
            var person = pool.Next(panel) ?? everyone.Next(panel);
            if (person is null)
            {
                return;
            }
            panel.Add(person);
            speakerIds.Add(person.Id);
        }
    }
}
