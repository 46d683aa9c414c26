namespace BrigadeBot.Sandbox.Workspace;

/// <summary>The pretend workspace's fixed ids.</summary>
public static class SandboxIdentity
{
    public const string TeamId = "T0SANDBOX";
    public const string TeamDomain = "bac-a-sable";
    public const string AppId = "A0SANDBOX";
    public const string BotId = "B0SANDBOX";
    public const string GeneralChannel = "C0SBGENERAL";

    /// <summary>Where the sandbox points response_urls; the sandbox host allows only this prefix, and nothing is ever sent.</summary>
    public const string ResponseUrlPrefix = "https://sandbox.invalid/response/";

    /// <summary>The DM channel of a person, as the dry-run client's conversations.open answers it.</summary>
    public static string DirectChannelOf(string userId) => "D" + userId.TrimStart('U', 'W');
}
