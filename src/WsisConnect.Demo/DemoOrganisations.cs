using WsisConnect.Contracts.Identity;

namespace WsisConnect.Demo;

/// <summary>Organisations by stakeholder type, as they appear on a WSIS Forum participant list.</summary>
internal static class DemoOrganisations
{
    private const string InCountry = DemoEmployer.CountryPlaceholder;

    private static readonly string[] MinistryPortfolios =
    [
        "ICT", "Communications and Digital Economy", "Digital Transformation", "ICT and Innovation", "Digital Affairs",
        "Posts and Telecommunications", "Science, Technology and Innovation", "Communications and Information Technology",
    ];

    private static readonly string[] Regulators =
    [
        "National Telecommunications Regulatory Authority", "Communications Regulatory Commission",
        "ICT Regulatory Authority", "Posts and Telecommunications Regulatory Authority",
    ];

    private static readonly string[] RegulatorTitles =
    [
        "Spectrum Engineer", "Legal Advisor", "Head of Consumer Affairs", "Head of Spectrum Management",
        "Director of Regulatory Affairs", "Commissioner", "Director-General", "Chairperson",
    ];

    private static readonly string[] UnitedNationsTitles =
        ["Consultant", "Programme Officer", "Policy Analyst", "Project Manager", "Senior Advisor", "Head of Unit", "Chief of Division", "Director"];

    private static readonly string[] CompanyTitles =
        ["Analyst", "Public Policy Manager", "Government Affairs Manager", "Head of Digital Inclusion", "Senior Director, Public Policy", "Vice-President, Government Relations"];

    private static readonly string[] StartupTitles =
        ["Software Engineer", "Product Manager", "Head of Partnerships", "Chief Technology Officer", "Co-founder and Chief Operating Officer", "Founder and CEO"];

    private static readonly string[] GlobalNgoTitles =
        ["Programme Officer", "Research Associate", "Policy Lead", "Senior Policy Advisor", "Programme Director", "Regional Director"];

    private static readonly string[] LocalNgoTitles =
        ["Volunteer", "Programme Officer", "Project Coordinator", "Advocacy Lead", "Programme Director", "Executive Director", "Founder and President"];

    private static readonly string[] AcademicTitles =
        ["PhD Candidate", "Research Fellow", "Lecturer", "Senior Lecturer", "Associate Professor", "Professor", "Dean of Engineering"];

    private static readonly string[] TechnicalTitles =
        ["Community Manager", "Network Engineer", "Standards Engineer", "Policy Advisor", "Senior Manager, Public Policy", "Board Member"];

    private static readonly string[] LocalTechnicalTitles =
        ["Volunteer", "Network Engineer", "Community Manager", "Chief Technology Officer", "Chair", "Chief Executive Officer"];

    public static IReadOnlyList<DemoEmployer> Government { get; } =
    [
        .. MinistryPortfolios.Select(portfolio => new DemoEmployer($"Ministry of {portfolio}, {InCountry}",
        [
            "Digital Policy Officer", "ICT Specialist", "Senior Policy Advisor", "Head of E-Government",
            "Director of International Cooperation", "Director-General for Digital Policy", "Permanent Secretary",
            $"Vice-Minister of {portfolio}", $"Minister of {portfolio}",
        ])),
        .. Regulators.Select(regulator => new DemoEmployer($"{regulator}, {InCountry}", RegulatorTitles)),
        new($"Permanent Mission to the United Nations Office at Geneva, {InCountry}",
            ["Attaché", "Second Secretary", "First Secretary", "Counsellor", "Minister Counsellor", "Deputy Permanent Representative", "Ambassador and Permanent Representative"]),
        new($"National Parliament, {InCountry}", ["Parliamentary Researcher", "Clerk of the ICT Committee", "Member of Parliament", "Chair of the Committee on ICT"]),
        new($"National Cybersecurity Agency, {InCountry}", ["Security Analyst", "Incident Response Lead", "Head of the National CERT", "Director of Cybersecurity Policy", "Director-General"]),
        new($"Digital Government Agency, {InCountry}", ["Service Designer", "Data Protection Officer", "Head of Digital Identity", "Chief Information Officer", "Director-General"]),
        new($"National Statistics Office, {InCountry}", ["ICT Statistician", "Head of ICT Statistics", "Director of Social Statistics", "Chief Statistician"]),
        new($"Ministry of Education, {InCountry}", ["Digital Learning Officer", "Head of Education Technology", "Director of Digital Education"]),
        new($"Ministry of Health, {InCountry}", ["Digital Health Officer", "Head of Health Information Systems", "Director of Digital Health"]),
    ];

    private static readonly string[] InternationalEntities =
    [
        "International Telecommunication Union (ITU)",
        "United Nations Educational, Scientific and Cultural Organization (UNESCO)", "United Nations Development Programme (UNDP)",
        "UN Trade and Development (UNCTAD)", "Food and Agriculture Organization of the United Nations (FAO)",
        "World Health Organization (WHO)", "UN Department of Economic and Social Affairs (UN DESA)",
        "International Labour Organization (ILO)", "UNICEF", "UN Women", "UN Environment Programme (UNEP)",
        "World Meteorological Organization (WMO)", "Universal Postal Union (UPU)", "World Intellectual Property Organization (WIPO)",
        "International Trade Centre (ITC)", "UN-Habitat", "UN Economic Commission for Africa (ECA)",
        "UN Economic and Social Commission for Asia and the Pacific (ESCAP)", "UN Economic and Social Commission for Western Asia (ESCWA)",
        "UN Economic Commission for Latin America and the Caribbean (ECLAC)", "UN Economic Commission for Europe (UNECE)",
        "Office of the UN High Commissioner for Human Rights (OHCHR)", "UN Institute for Training and Research (UNITAR)",
        "World Bank Group", "OECD", "African Union Commission", "European Commission", "Organisation internationale de la Francophonie",
        "Commonwealth Telecommunications Organisation", "Asia-Pacific Telecommunity", "Inter-American Telecommunication Commission (CITEL)",
        "Regional Commonwealth in the Field of Communications (RCC)", "Arab Information and Communication Technologies Organization",
    ];

    // ITU organises the forum and sends the largest delegation.
    public static IReadOnlyList<DemoEmployer> InternationalOrganizations { get; } =
    [
        .. Enumerable.Repeat(InternationalEntities[0], 4).Concat(InternationalEntities)
            .Select(name => new DemoEmployer(name, UnitedNationsTitles)),
    ];

    public static IReadOnlyList<DemoEmployer> PrivateSector { get; } =
    [
        .. new[]
        {
            "Microsoft", "Huawei", "Ericsson", "Nokia", "Google", "Meta", "Amazon Web Services", "Cisco", "Intel", "Qualcomm",
            "Orange", "Vodafone Group", "MTN Group", "Safaricom", "Airtel Africa", "Telefónica", "América Movil", "stc Group",
            "e&", "China Mobile", "ZTE", "Deutsche Telekom", "Swisscom", "NTT", "KDDI", "Reliance Jio", "Tata Consultancy Services",
            "Infosys", "SAP", "Siemens", "IBM", "Kaspersky", "SES", "Eutelsat", "Liquid Intelligent Technologies", "Ooredoo",
            "Zain Group", "Globe Telecom", "Telkom Indonesia", "Axiata", "Mastercard", "GSMA",
        }.Select(name => new DemoEmployer(name, CompanyTitles)),
        .. new[]
        {
            "Baobab Digital", "Sahel Data Labs", "Andes Connect", "Nile AI", "Mekong Mobile Health", "Atlas Cloud Solutions",
            "Coral Fibre Networks", "Savanna Agritech", "Kora Fintech", "Lumen Accessibility", "Steppe Robotics", "Lagoon Learning",
        }.Select(name => new DemoEmployer(name, StartupTitles)),
    ];

    public static IReadOnlyList<DemoEmployer> CivilSociety { get; } =
    [
        .. new[]
        {
            "Association for Progressive Communications (APC)", "Access Now", "Wikimedia Foundation", "Mozilla Foundation",
            "Digital Empowerment Foundation", "Global Partners Digital", "ARTICLE 19", "HelpAge International",
            "World Blind Union", "World Federation of the Deaf", "Alliance for Affordable Internet (A4AI)", "DiploFoundation",
        }.Select(name => new DemoEmployer(name, GlobalNgoTitles)),
        .. new[]
        {
            "Women in Digital", "Youth Digital Network", "Community Networks Association", "Digital Inclusion Alliance",
            "Disability and Technology Forum", "Seniors Online Network", "Indigenous Media Collective", "Digital Rights Watch",
        }.Select(name => new DemoEmployer($"{name}, {InCountry}", LocalNgoTitles)),
    ];

    public static IReadOnlyList<DemoEmployer> Academia { get; } =
    [
        .. new (string Name, string Country)[]
        {
            ("University of Geneva", "CH"), ("EPFL", "CH"), ("University of Nairobi", "KE"), ("University of São Paulo", "BR"),
            ("Tsinghua University", "CN"), ("Cairo University", "EG"), ("Makerere University", "UG"), ("University of Cape Town", "ZA"),
            ("Indian Institute of Technology Bombay", "IN"), ("University of Buenos Aires", "AR"), ("National Autonomous University of Mexico", "MX"),
            ("Lomonosov Moscow State University", "RU"), ("Cheikh Anta Diop University", "SN"), ("University of Oxford", "GB"),
            ("Massachusetts Institute of Technology", "US"), ("National University of Singapore", "SG"), ("University of Tokyo", "JP"),
            ("KAIST", "KR"), ("American University of Beirut", "LB"), ("King Abdulaziz University", "SA"), ("University of Chile", "CL"),
            ("University of the West Indies", "JM"), ("University of the South Pacific", "FJ"), ("Université de Montréal", "CA"),
            ("Sorbonne University", "FR"), ("University of Lagos", "NG"), ("University of Ghana", "GH"), ("Addis Ababa University", "ET"),
            ("National University of Colombia", "CO"), ("Universitas Indonesia", "ID"), ("University of Malaya", "MY"),
            ("Vietnam National University", "VN"), ("Chulalongkorn University", "TH"), ("University of Tehran", "IR"),
            ("Technical University of Munich", "DE"), ("University of Rwanda", "RW"), ("Mohammed V University", "MA"),
            ("Al-Farabi Kazakh National University", "KZ"), ("University of Dhaka", "BD"), ("Middle East Technical University", "TR"),
        }.Select(university => new DemoEmployer(university.Name, AcademicTitles, university.Country)),
        new($"National University of Science and Technology, {InCountry}", AcademicTitles),
        new($"Institute for Digital Development Research, {InCountry}", AcademicTitles),
    ];

    public static IReadOnlyList<DemoEmployer> TechnicalCommunity { get; } =
    [
        .. new[]
        {
            "Internet Society (ISOC)", "ICANN", "IEEE", "Internet Engineering Task Force (IETF)", "World Wide Web Consortium (W3C)",
            "RIPE NCC", "AFRINIC", "APNIC", "LACNIC", "ARIN",
        }.Select(name => new DemoEmployer(name, TechnicalTitles)),
        new($"Internet Society Chapter, {InCountry}", LocalTechnicalTitles),
        new($"Network Information Centre, {InCountry}", LocalTechnicalTitles),
        new($"Network Operators Group, {InCountry}", LocalTechnicalTitles),
    ];

    public static IReadOnlyList<DemoEmployer> For(StakeholderType type) => type switch
    {
        StakeholderType.Government => Government,
        StakeholderType.PrivateSector => PrivateSector,
        StakeholderType.CivilSociety => CivilSociety,
        StakeholderType.Academia => Academia,
        StakeholderType.TechnicalCommunity => TechnicalCommunity,
        _ => InternationalOrganizations,
    };
}
