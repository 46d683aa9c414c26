namespace BrigadeBot.Features.Common.Privacy;

/// <summary>What an audit row records; stored in <c>privacy_audit</c>: never rename one.</summary>
public static class AuditActions
{
    public const string Read = "read";
    public const string Export = "export";
    public const string Erase = "erase";
}
