using WsisConnect.Contracts.Identity;

namespace WsisConnect.Demo;

/// <summary>Draws the registration list: the featured accounts, then people from every country of the forum.</summary>
internal sealed class DemoPeopleFactory(Random random)
{
    private static readonly (StakeholderType Type, int Weight)[] StakeholderMix =
    [
        (StakeholderType.Government, 30), (StakeholderType.PrivateSector, 19), (StakeholderType.CivilSociety, 20),
        (StakeholderType.Academia, 12), (StakeholderType.TechnicalCommunity, 8), (StakeholderType.InternationalOrganization, 11),
    ];

    // The forum's 2025 figures: 44% women, 51% men, the rest not stated.
    private static readonly (DemoGender Gender, int Weight)[] GenderMix =
        [(DemoGender.Woman, 44), (DemoGender.Man, 51), (DemoGender.NotStated, 5)];

    private static readonly string[] OtherUnLanguages = ["fr", "es", "ru", "zh", "ar"];

    public IReadOnlyList<DemoRegistrant> Create(int count)
    {
        var featured = DemoFeaturedPeople.People;
        var codes = new DemoAccessCodes(featured.Select(person => person.AccessCode));
        var registrants = featured
            .Select(person => Describe(person, DemoCountries.Get(person.Profile.Country), senior: false))
            .ToList();
        foreach (var country in CountrySequence(count - featured.Count))
        {
            registrants.Add(CreateOne($"a{registrants.Count + 1:D5}", country, codes.Next()));
        }
        return registrants;
    }

    // Every country at least once (the forum counted 169), the rest in proportion to delegation size.
    private DemoCountry[] CountrySequence(int count)
    {
        var all = DemoCountries.All;
        var sequence = new DemoCountry[Math.Max(count, all.Count)];
        var totalWeight = all.Sum(country => country.Weight);
        for (var i = 0; i < sequence.Length; i++)
        {
            sequence[i] = i < all.Count ? all[i] : PickCountry(all, totalWeight);
        }
        random.Shuffle(sequence);
        return sequence[..count];
    }

    private DemoCountry PickCountry(IReadOnlyList<DemoCountry> countries, int totalWeight)
    {
        var ticket = random.Next(totalWeight);
        foreach (var country in countries)
        {
            ticket -= country.Weight;
            if (ticket < 0)
            {
                return country;
            }
        }
        return countries[^1];
    }

    private DemoRegistrant CreateOne(string id, DemoCountry country, string code)
    {
        var gender = Pick(GenderMix);
        var name = DemoNames.For(country.Culture).Compose(random, gender);
        var stakeholder = Pick(StakeholderMix);
        var employer = PickEmployer(stakeholder, country);
        var titleIndex = employer.PickTitle(random);
        var organisation = employer.Name.Replace(DemoEmployer.CountryPlaceholder, country.Name, StringComparison.Ordinal);
        var participation = random.NextDouble() < 0.7 ? Participation.OnSite : Participation.Remote;
        var profile = new AttendeeProfile(id, name, organisation, employer.Titles[titleIndex], country.Code,
            stakeholder, ForumRoles.Attendee, participation, PickLanguage(country));
        return Describe(new DemoPerson(profile, code) { Gender = gender }, country, employer.IsSenior(titleIndex));
    }

    private DemoEmployer PickEmployer(StakeholderType stakeholder, DemoCountry country)
    {
        var employers = DemoOrganisations.For(stakeholder);
        if (stakeholder == StakeholderType.Academia)
        {
            var local = employers.Where(employer => employer.Country == country.Code).ToArray();
            if (local.Length > 0 && random.NextDouble() < 0.7)
            {
                return local[random.Next(local.Length)];
            }
        }
        return employers[random.Next(employers.Count)];
    }

    private string PickLanguage(DemoCountry country)
    {
        if (country.Language != "en")
        {
            return random.NextDouble() < 0.65 ? country.Language : "en";
        }
        return random.NextDouble() < 0.9 ? "en" : OtherUnLanguages[random.Next(OtherUnLanguages.Length)];
    }

    private DemoRegistrant Describe(DemoPerson person, DemoCountry country, bool senior)
    {
        var profile = person.Profile;
        var title = profile.Title;
        var courtesy = person.Gender switch
        {
            DemoGender.Woman => "Ms ",
            DemoGender.Man => "Mr ",
            _ => "",
        };
        var excellency = title.StartsWith("Minister of", StringComparison.Ordinal)
            || title.StartsWith("Vice-Minister", StringComparison.Ordinal)
            || title.StartsWith("Ambassador", StringComparison.Ordinal);
        var honourable = title is "Member of Parliament" or "Chair of the Committee on ICT";
        var doctor = title.Contains("Professor", StringComparison.Ordinal) || title.Contains("Lecturer", StringComparison.Ordinal)
            || (!excellency && !honourable && random.NextDouble() < 0.08);
        var prefix = excellency ? $"H.E. {courtesy}" : honourable ? $"Hon. {courtesy}" : doctor ? "Dr " : courtesy;
        // Ministers, ambassadors and members of parliament are credited with their country, as on a UN programme.
        var affiliation = excellency || honourable ? country.Name : profile.Organisation;
        return new DemoRegistrant(person, $"{prefix}{profile.Name}, {title}, {affiliation}", senior, country);
    }

    private T Pick<T>((T Value, int Weight)[] mix)
    {
        var ticket = random.Next(mix.Sum(entry => entry.Weight));
        foreach (var (value, weight) in mix)
        {
            ticket -= weight;
            if (ticket < 0)
            {
                return value;
            }
        }
        return mix[^1].Value;
    }
}
