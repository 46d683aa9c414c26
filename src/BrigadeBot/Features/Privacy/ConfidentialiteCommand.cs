using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using BrigadeBot.Storage;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Privacy;

/// <summary><c>/brigade confidentialite</c>: who answers for personal information, the policy, what is kept and how long.</summary>
public sealed class ConfidentialiteCommand(IOptionsMonitor<PrivacyOptions> options, RetentionPolicy retention, IOptions<StorageOptions> storage) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var privacy = options.CurrentValue;
        var officer = string.IsNullOrWhiteSpace(privacy.OfficerTitle) || string.IsNullOrWhiteSpace(privacy.OfficerContact)
            ? PrivacyTexts.OfficerMissing
            : PrivacyTexts.Officer(privacy.OfficerTitle.Trim(), privacy.OfficerContact.Trim());
        var blocks = new List<Block> { new HeaderBlock(PrivacyTexts.Header), SectionBlock.Markdown(MemberText.Cut(officer, 3000)) };
        if (PrivacyTexts.Policy(privacy.PolicyUrl.Trim()) is { Length: > 0 } policy) blocks.Add(SectionBlock.Markdown(policy));
        var backup = storage.Value.Backup;
        blocks.Add(SectionBlock.Markdown(PrivacyTexts.Kept(retention.Months, backup.Enabled ? backup.Keep : null)));
        blocks.Add(SectionBlock.Markdown(PrivacyTexts.Rights));
        return Task.FromResult<CommandReply?>(CommandReply.Ephemeral(new SlackMessage(PrivacyTexts.Fallback, blocks)));
    }
}
