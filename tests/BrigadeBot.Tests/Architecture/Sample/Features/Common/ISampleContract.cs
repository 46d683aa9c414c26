namespace BrigadeBot.Tests.Architecture.Sample.Features.Common;

/// <summary>A shared contract: every feature may use it.</summary>
public interface ISampleContract
{
    string Describe();
}
