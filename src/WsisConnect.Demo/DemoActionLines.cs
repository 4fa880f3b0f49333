namespace WsisConnect.Demo;

/// <summary>The Geneva Plan of Action's action lines, with C7 split into its eight application areas.</summary>
internal static class DemoActionLines
{
    private const string Applications = "ICT applications";

    public static IReadOnlyList<DemoActionLine> FacilitationMeetings { get; } =
    [
        new("C1", "The role of public governance authorities and all stakeholders in the promotion of ICTs for development", null,
            "UN DESA, ITU and the UN regional commissions", [16, 17, 5]),
        new("C2", "Information and communication infrastructure", null, "ITU", [9, 11, 17]),
        new("C3", "Access to information and knowledge", null, "UNESCO", [4, 16, 10]),
        new("C4", "Capacity building", null, "UNDP, UNESCO, ITU and UNCTAD", [4, 5, 8]),
        new("C5", "Building confidence and security in the use of ICTs", null, "ITU", [16, 9]),
        new("C6", "Enabling environment", null, "ITU, UNDP, UNCTAD and UN DESA", [8, 9, 16]),
        new("C7", Applications, "e-government", "UN DESA", [16, 10]),
        new("C7", Applications, "e-business", "UNCTAD, ITC and UPU", [8, 9, 1]),
        new("C7", Applications, "e-learning", "UNESCO", [4]),
        new("C7", Applications, "e-health", "WHO", [3]),
        new("C7", Applications, "e-employment", "ILO", [8, 5]),
        new("C7", Applications, "e-environment", "WHO, WMO, UNEP, UN-Habitat and ITU", [13, 12, 11]),
        new("C7", Applications, "e-agriculture", "FAO", [2, 1]),
        new("C7", Applications, "e-science", "UNESCO and UNCTAD", [9, 4]),
        new("C8", "Cultural diversity and identity, linguistic diversity and local content", null, "UNESCO", [4, 11, 10]),
        new("C9", "Media", null, "UNESCO", [16, 5]),
        new("C10", "Ethical dimensions of the information society", null, "UNESCO", [16, 5, 10]),
        new("C11", "International and regional cooperation", null, "UN regional commissions, UNDP, ITU, UNESCO and UN DESA", [17, 16]),
    ];
}
