using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>« Présences »: a tick per registrant (ten to a group, Slack's limit) and the replay link.</summary>
public static class AttendanceModal
{
    public const int PerGroup = 10;
    public const int MaxGroups = EventsTexts.MaxCapacity / PerGroup;

    public static ModalView Build(Conference conference, EventDisplay display, ReplyTarget target)
    {
        var blocks = new List<Block> { SectionBlock.Markdown(EventsTexts.AttendanceIntro(display.Title(conference), display.When(conference))) };
        var groups = conference.RegisteredIds.Chunk(PerGroup).Take(MaxGroups).ToList();
        if (groups.Count == 0) blocks.Add(ContextBlock.Markdown(EventsTexts.NobodyRegistered));
        for (var i = 0; i < groups.Count; i++)
        {
            var options = groups[i].Select(id => Option.Markdown(Mrkdwn.User(id), id)).ToList();
            var ticked = options.Where(o => conference.AttendedIds.Contains(o.Value)).ToList();
            blocks.Add(new InputBlock(EventsIds.PresentBlock(i), EventsTexts.PresentLabel(i * PerGroup + 1, i * PerGroup + groups[i].Length, conference.RegisteredIds.Count),
                new Checkboxes(EventsIds.Input, options, ticked), optional: true));
        }
        blocks.Add(new InputBlock(EventsIds.ReplayBlock, EventsTexts.ReplayLabel, new UrlTextInput(EventsIds.Input, conference.ReplayUrl),
            EventsTexts.ReplayHint, optional: true));
        return new ModalView(EventsTexts.AttendanceTitle, blocks, EventsTexts.AttendanceSubmit, CommonTexts.Cancel, EventsIds.AttendanceModal,
            (target with { Id = conference.Id }).ToMetadata());
    }

    public static (IReadOnlyList<string> Present, string? Replay) Read(ViewPayload view) =>
        (Enumerable.Range(0, MaxGroups).SelectMany(i => view.State.SelectedValues(EventsIds.PresentBlock(i), EventsIds.Input)).Distinct().ToList(),
            view.State.Text(EventsIds.ReplayBlock, EventsIds.Input));
}
