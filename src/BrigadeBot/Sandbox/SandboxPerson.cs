namespace BrigadeBot.Sandbox;

/// <summary>One person of the sandbox's pretend workspace.</summary>
public sealed class SandboxPerson
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Listed in the sandbox's <c>Brigade:Animators</c>.</summary>
    public bool Animator { get; set; }
}
