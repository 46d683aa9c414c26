using System.Diagnostics.CodeAnalysis;

namespace BrigadeBot.Scheduling;

/// <summary>
/// What Quartz reads of a job's type by reflection (<c>JobBuilder.Create&lt;T&gt;</c>), so that trimming keeps it.
/// </summary>
public static class JobTypeMembers
{
    public const DynamicallyAccessedMemberTypes Read = DynamicallyAccessedMemberTypes.PublicConstructors
        | DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.Interfaces;
}
