namespace WsisConnect.Contracts.Identity;

/// <summary>The WSIS stakeholder types.</summary>
public enum StakeholderType
{
    /// <summary>Government.</summary>
    Government = 0,
    /// <summary>Private sector.</summary>
    PrivateSector = 1,
    /// <summary>Civil society.</summary>
    CivilSociety = 2,
    /// <summary>Academia.</summary>
    Academia = 3,
    /// <summary>Technical community.</summary>
    TechnicalCommunity = 4,
    /// <summary>International organization, UN entities included.</summary>
    InternationalOrganization = 5,
}
