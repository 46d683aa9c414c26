using Brigade.Slack;
using Brigade.Slack.Routing;
using BrigadeBot.Sandbox.Rendering;
using BrigadeBot.Sandbox.Workspace;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Sandbox;

/// <summary>Everything the page shows to one person, its panes and modal already rendered to HTML.</summary>
public sealed record SandboxState(
    long Version,
    string Clock,
    string Person,
    IReadOnlyList<SandboxState.PersonEntry> People,
    string Command,
    IReadOnlyList<SandboxState.CommandEntry> Commands,
    IReadOnlyList<SandboxState.Pane> Panes,
    SandboxState.ModalEntry? Modal,
    IReadOnlyList<JournalEntry> Journal)
{
    public sealed record PersonEntry(string Id, string Name, bool Animator);
    public sealed record CommandEntry(string Name, string Help);
    public sealed record Pane(string Id, string Kind, string Name, int Count, string Html);
    public sealed record ModalEntry(string Id, int Revision, int Depth, string Html);

    public const int JournalShown = 60;

    public static SandboxState For(SandboxInstance life, SandboxPerson person)
    {
        var services = life.Services;
        var zone = services.GetRequiredService<BrigadeTimeZone>();
        var routes = services.GetRequiredService<SlackRoutes>();
        var directory = life.Workspace.Directory;
        var context = new RenderContext
        {
            PersonName = directory.NameOf,
            ChannelName = id => directory.OwnerOfDirectChannel(id) is { } owner ? directory.NameOf(owner) : directory.ChannelName(id),
            People = directory.People.Select(p => KeyValuePair.Create(p.Id, p.Name)).ToArray(),
            Channels = directory.Channels,
        };
        string Time(DateTimeOffset at) => SandboxTexts.Time(zone.ToLocal(at));
        var hasHome = routes.EventTypes.Contains("app_home_opened");
        var dm = SandboxIdentity.DirectChannelOf(person.Id);

        return life.Workspace.Read(person.Id, seen =>
        {
            Pane Conversation(string id, string kind, string name)
            {
                var messages = seen.Messages.Where(m => m.Channel == id).ToArray();
                return new Pane(id, kind, name, messages.Length, MessageListHtml.Render(messages, context, Time));
            }
            var panes = directory.Channels.Select(c => Conversation(c.Key, "channel", c.Value))
                .Append(Conversation(dm, "dm", SandboxTexts.BotName)).ToList();
            if (hasHome || seen.Home is not null)
                panes.Add(new Pane("home", "home", SandboxTexts.Home, 0, ViewHtml.Home(seen.Home, context)));
            var modal = seen.Modal is { } top
                ? new ModalEntry(top.Id, top.Revision, seen.ModalDepth, ViewHtml.Modal(top, context))
                : null;
            return new SandboxState(
                seen.Version,
                SandboxTexts.DateTime(zone.Now),
                person.Id,
                directory.People.Select(p => new PersonEntry(p.Id, p.Name, p.Animator)).ToArray(),
                services.GetRequiredService<IOptions<SlackOptions>>().Value.Command,
                routes.Commands.Select(c => new CommandEntry(c.Name, c.HelpLine)).ToArray(),
                panes,
                modal,
                life.Workspace.Journal.TakeLast(JournalShown).Reverse().ToArray());
        });
    }
}
