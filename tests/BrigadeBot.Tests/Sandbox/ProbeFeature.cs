using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Sandbox;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>
/// A feature that exists only in these tests, registered into the sandbox's bot, using every surface the sandbox
/// must stand in for: a modal with every input, field errors, update and push, a button on a DM, an external
/// select, the App Home, a file, a reminder fired by Quartz.
/// </summary>
public static class ProbeFeature
{
    public const string Form = "probe.form";
    public const string Second = "probe.second";
    public const string Click = "probe.click";
    public const string Search = "probe.search";

    public static SandboxBotExtension Extension => new(slack => slack
        .Command<OpenFormCommand>("essai", "ouvrir le formulaire d'essai")
        .Command<ReminderCommand>("rappel", "un rappel dans une heure")
        .Command<FileCommand>("fichier", "recevoir un fichier")
        .Command<HomeCommand>("accueil", "publier l'accueil d'essai")
        .View<FormSubmission>(Form)
        .View<SecondSubmission>(Second)
        .Action<ClickAction>(Click)
        .Options<SearchOptions>(Search)
        .Event<HomeOpened>("app_home_opened"));

    /// <summary>Who opened the App Home, as the probe heard it (the app's own Home feature publishes the view).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentBag<string> HomeVisits = [];

    public static ModalView FormView() => new("Formulaire d'essai",
    [
        new InputBlock("title", "Titre", new PlainTextInput("value", maxLength: 40)),
        new InputBlock("date", "Date", new DatePicker("value")),
        new InputBlock("start", "Heure de début", new TimePicker("value", new TimeOnly(14, 0))),
        new InputBlock("theme", "Thème", new StaticSelect("value", [new Option("Cybersécurité", "cyber"), new Option("Wikimédia", "wiki")])),
        new InputBlock("minutes", "Durée (minutes)", new NumberInput("value", minValue: 15, maxValue: 180), optional: true),
        new InputBlock("days", "Jours", new Checkboxes("value", [new Option("Lundi", "lun"), new Option("Mardi", "mar")]), optional: true),
        new InputBlock("sheet", "Fiche", new ExternalSelect(Search), optional: true),
    ], submit: "Envoyer", close: "Annuler", callbackId: Form, privateMetadata: "meta-42");

    public sealed class OpenFormCommand(ISlackApi slack) : ISlashCommandHandler
    {
        public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
        {
            await slack.OpenViewAsync(command.TriggerId!, FormView(), ct);
            return null;
        }
    }

    public sealed class FormSubmission(SlackMessenger messenger) : IViewSubmissionHandler
    {
        public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
        {
            var state = payload.View.State;
            var title = state.Text("title", "value");
            if (title == "erreur") return ViewSubmissionReply.WithError("title", "Ce titre est refusé par le bot.");
            if (title == "mise à jour") return ViewSubmissionReply.Update(new ModalView("Mis à jour", [SectionBlock.Plain("Vue remplacée")]));
            if (title == "empiler")
                return ViewSubmissionReply.Push(new ModalView("Deuxième", [new InputBlock("note", "Note", new PlainTextInput("value"))],
                    submit: "OK", callbackId: Second));
            var summary = $"Reçu : {title} | {state.Text("date", "value")} | {state.Text("start", "value")} | {state.Text("theme", "value")}"
                + $" | {state.Text("minutes", "value")} | {string.Join(",", state.SelectedValues("days", "value"))}"
                + $" | {state.Text("sheet", Search)} | {payload.View.PrivateMetadata}";
            await messenger.SendDirectAsync(payload.User.Id, new SlackMessage(Mrkdwn.Escape(summary),
            [
                SectionBlock.Plain(summary),
                new ActionsBlock([new Button(Click, "Confirmer", "ok-1", ButtonStyle.Primary,
                    confirm: new ConfirmDialog("Vraiment ?", "Confirmer l'essai.", "Oui", "Non"))]),
            ]), ct);
            return ViewSubmissionReply.Close();
        }
    }

    public sealed class SecondSubmission : IViewSubmissionHandler
    {
        public Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct) =>
            Task.FromResult(ViewSubmissionReply.Close());
    }

    public sealed class ClickAction(SlackMessenger messenger, ISlackApi slack) : IBlockActionHandler
    {
        public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
        {
            await messenger.ReplyEphemeralAsync(payload.ResponseUrl, payload.ChannelId, payload.User.Id,
                new SlackMessage($"Cliqué : {action.Value}"), ct: ct);
            await slack.UpdateMessageAsync(payload.ChannelId!, payload.Container!.MessageTs!, new SlackMessage("Essai confirmé"), ct);
        }
    }

    public sealed class SearchOptions : IBlockSuggestionHandler
    {
        public Task<OptionsReply> HandleAsync(BlockSuggestionPayload payload, CancellationToken ct) =>
            Task.FromResult(new OptionsReply([new Option($"Fiche {payload.Value}", "fiche-" + payload.Value)]));
    }

    public sealed class HomeOpened : ISlackEventHandler
    {
        public Task HandleAsync(EventCallback envelope, CancellationToken ct)
        {
            HomeVisits.Add(envelope.EventAs<AppHomeOpenedEvent>().User);
            return Task.CompletedTask;
        }
    }

    public sealed class HomeCommand(ISlackApi slack) : ISlashCommandHandler
    {
        public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
        {
            await slack.PublishHomeAsync(command.UserId, new HomeView([new HeaderBlock("Accueil d'essai")]), ct);
            return null;
        }
    }

    public sealed class FileCommand(SlackMessenger messenger, ISlackApi slack) : ISlashCommandHandler
    {
        public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
        {
            var channel = await messenger.DirectChannelAsync(command.UserId, ct);
            await slack.UploadFileAsync(channel, "bilan.csv", "a;b\n1;2\n"u8.ToArray(), "Bilan d'essai", "Voici le fichier", ct);
            return null;
        }
    }

    public sealed class ReminderCommand(IBrigadeScheduler scheduler, TimeProvider time) : ISlashCommandHandler
    {
        public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
        {
            await scheduler.ScheduleOnceAsync<ReminderJob>(new JobKey("probe-" + command.UserId, "probe"),
                time.GetUtcNow().AddHours(1), new JobDataMap { ["user"] = command.UserId }, ct);
            return CommandReply.Ephemeral("Rappel prévu dans une heure.");
        }
    }

    public sealed class ReminderJob(IServiceProvider services) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var user = (string)context.MergedJobDataMap["user"]!;
            await services.GetRequiredService<SlackMessenger>().SendDirectAsync(user, new SlackMessage("Rappel : c'est l'heure !"), cancellationToken);
        }
    }
}
