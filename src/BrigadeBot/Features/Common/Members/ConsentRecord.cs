namespace BrigadeBot.Features.Common.Members;

/// <summary>One consent choice: for which purpose, granted or refused, under which notice, when.</summary>
public sealed class ConsentRecord
{
    public string Purpose { get; set; } = "";
    public bool Granted { get; set; }
    public string NoticeVersion { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
