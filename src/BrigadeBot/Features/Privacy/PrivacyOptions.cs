namespace BrigadeBot.Features.Privacy;

/// <summary>The <c>Privacy</c> section: who answers for personal information, the policy, and retention.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The title of the person in charge of the protection of personal information (Loi 25, art. 3.1).</summary>
    public string OfficerTitle { get; set; } = "";
    /// <summary>How to reach them: an e-mail address or a postal address.</summary>
    public string OfficerContact { get; set; } = "";
    public string PolicyUrl { get; set; } = "";
    /// <summary>
    /// <c>Privacy:Retention:&lt;Kind&gt;Months</c>: months each kind of identifiable record is kept once its purpose is
    /// over; a kind not set here keeps the default its feature declares (see docs/privacy.md).
    /// </summary>
    public Dictionary<string, int> Retention { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
