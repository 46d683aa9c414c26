using Brigade.Slack.Payloads;

namespace Brigade.Slack.Routing;

/// <summary>Loads the options of an external select.</summary>
public interface IBlockSuggestionHandler
{
    Task<OptionsReply> HandleAsync(BlockSuggestionPayload payload, CancellationToken ct);
}
