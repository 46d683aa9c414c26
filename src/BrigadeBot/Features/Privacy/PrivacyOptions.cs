namespace BrigadeBot.Features.Privacy;

/// <summary>The <c>Privacy</c> section: who answers for personal information, the policy, statistics and retention.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The title of the person in charge of the protection of personal information (Loi 25, art. 3.1).</summary>
    public string OfficerTitle { get; set; } = "";
    /// <summary>How to reach them: an e-mail address or a postal address.</summary>
    public string OfficerContact { get; set; } = "";
    public string PolicyUrl { get; set; } = "";
    /// <summary>The smallest group of people a breakdown may show (the impact report hides smaller cells).</summary>
    public int StatsMinCell { get; set; } = 5;
    public RetentionOptions Retention { get; set; } = new();
}

/// <summary>Months each kind of identifiable record is kept once its purpose is over (see docs/privacy.md).</summary>
public sealed class RetentionOptions
{
    /// <summary>After the session's end: bookings, and the slots they were in.</summary>
    public int BookingsMonths { get; set; } = 12;
    /// <summary>After the meeting (or the archiving of a proposal no meeting took): proposals, votes, registrations.</summary>
    public int ProposalsMonths { get; set; } = 12;
    /// <summary>After the entry: the audit of animators' access to other members' data.</summary>
    public int AuditMonths { get; set; } = 24;

    public RetentionCutoffs Cutoffs(DateTime nowUtc) =>
        new(nowUtc, nowUtc.AddMonths(-BookingsMonths), nowUtc.AddMonths(-ProposalsMonths), nowUtc.AddMonths(-AuditMonths));
}
