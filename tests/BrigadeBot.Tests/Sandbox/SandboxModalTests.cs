using System.Net;
using System.Text.Json.Nodes;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>
/// Modals, buttons, selects, the App Home and files, through a feature registered only here (<see cref="ProbeFeature"/>):
/// what booking and the other features will use when they land.
/// </summary>
public sealed class SandboxModalTests
{
    private static JsonObject Fields(string title, string? date = "2026-12-02", string? start = "14:00", string? theme = "cyber",
        string? minutes = null, string[]? days = null, JsonObject? sheet = null) => new()
    {
        ["title"] = new JsonObject { ["value"] = title },
        ["date"] = new JsonObject { ["value"] = date },
        ["start"] = new JsonObject { ["value"] = start },
        ["theme"] = new JsonObject { ["value"] = theme },
        ["minutes"] = new JsonObject { ["value"] = minutes },
        ["days"] = new JsonObject { ["value"] = new JsonArray((days ?? []).Select(d => (JsonNode)JsonValue.Create(d)!).ToArray()) },
        ["sheet"] = new JsonObject { [ProbeFeature.Search] = sheet },
    };

    private static async Task<(SandboxSite Site, string ViewId)> OpenFormAsync()
    {
        var site = await SandboxSite.StartAsync();
        var state = await site.TypeAsync("/brigade essai");
        return (site, SandboxSite.ModalId(state)!);
    }

    [Fact]
    public async Task A_command_opens_its_modal_for_the_person_who_typed_it()
    {
        var (site, viewId) = await OpenFormAsync();
        await using var _ = site;

        var state = await site.StateAsync();
        var html = SandboxSite.ModalHtml(state);

        Assert.StartsWith("V", viewId);
        Assert.Contains("Formulaire d'essai", html);
        Assert.Contains("<label class=\"sb-label\" for=", html);
        Assert.Contains("type=\"date\"", html);
        Assert.Contains("type=\"time\"", html);
        Assert.Contains("value=\"14:00\"", html);
        Assert.Null(SandboxSite.ModalId(await site.StateAsync(SandboxSite.OtherMember)));
    }

    [Fact]
    public async Task An_empty_required_field_is_refused_as_Slack_refuses_it_without_reaching_the_bot()
    {
        var (site, viewId) = await OpenFormAsync();
        await using var _ = site;
        var calls = site.Life.Workspace.Journal.Count;

        var state = await site.PostAsync("submit", new { person = SandboxSite.Member, viewId, fields = Fields("", date: null) });

        var html = SandboxSite.ModalHtml(state);
        Assert.Equal(viewId, SandboxSite.ModalId(state));
        Assert.Contains("Ce champ est obligatoire.", html);
        Assert.Contains("role=\"alert\"", html);
        Assert.Equal(calls, site.Life.Workspace.Journal.Count);
    }

    [Fact]
    public async Task The_bot_s_field_error_shows_under_the_field_and_keeps_what_was_typed()
    {
        var (site, viewId) = await OpenFormAsync();
        await using var _ = site;

        var state = await site.PostAsync("submit", new { person = SandboxSite.Member, viewId, fields = Fields("erreur", start: "09:30") });

        var html = SandboxSite.ModalHtml(state);
        Assert.Contains("Ce titre est refusé par le bot.", html);
        Assert.Contains("value=\"erreur\"", html);
        Assert.Contains("value=\"09:30\"", html);
        Assert.Contains("sb-has-error", html);
    }

    [Fact]
    public async Task A_valid_submission_closes_the_modal_and_the_bot_s_DM_carries_every_value_in_Slack_s_shape()
    {
        var (site, viewId) = await OpenFormAsync();
        await using var _ = site;

        var state = await site.PostAsync("submit", new
        {
            person = SandboxSite.Member, viewId,
            fields = Fields("Atelier", minutes: "60", days: ["lun", "mar", "dim"], sheet: new JsonObject { ["value"] = "fiche-x", ["text"] = "Fiche x" }),
        });

        Assert.Null(SandboxSite.ModalId(state));
        Assert.Contains("Reçu : Atelier | 2026-12-02 | 14:00 | cyber | 60 | lun,mar | fiche-x | meta-42", SandboxSite.DirectMessages(state));
    }

    [Theory]
    [InlineData("12", "Entrez un nombre entre 15 et 180.")]
    [InlineData("douze", "Entrez un nombre entier.")]
    public async Task A_number_out_of_the_element_s_bounds_is_refused_before_the_bot(string minutes, string message)
    {
        var (site, viewId) = await OpenFormAsync();
        await using var _ = site;

        var state = await site.PostAsync("submit", new { person = SandboxSite.Member, viewId, fields = Fields("Atelier", minutes: minutes) });

        Assert.Contains(message, SandboxSite.ModalHtml(state));
    }

    [Fact]
    public async Task Update_replaces_the_view_and_push_stacks_one_that_closes_back_to_the_first()
    {
        var (site, viewId) = await OpenFormAsync();
        await using var _ = site;

        var pushed = await site.PostAsync("submit", new { person = SandboxSite.Member, viewId, fields = Fields("empiler") });
        var secondId = SandboxSite.ModalId(pushed)!;
        var back = await site.PostAsync("close", new { person = SandboxSite.Member, viewId = secondId });
        var updated = await site.PostAsync("submit", new { person = SandboxSite.Member, viewId, fields = Fields("mise à jour") });

        Assert.NotEqual(viewId, secondId);
        Assert.Contains("Deuxième", SandboxSite.ModalHtml(pushed));
        Assert.Equal(viewId, SandboxSite.ModalId(back));
        Assert.Contains("value=\"empiler\"", SandboxSite.ModalHtml(back));
        Assert.Contains("Vue remplacée", SandboxSite.ModalHtml(updated));
    }

    [Fact]
    public async Task A_button_on_a_DM_reaches_the_bot_which_answers_by_response_url_and_updates_the_message()
    {
        var (site, viewId) = await OpenFormAsync();
        await using var _ = site;
        var state = await site.PostAsync("submit", new { person = SandboxSite.Member, viewId, fields = Fields("Atelier") });
        var dm = SandboxSite.DirectMessages(state);
        Assert.Contains("data-confirm=", dm);
        var key = long.Parse(System.Text.RegularExpressions.Regex.Match(dm, "data-message-key=\"(\\d+)\"").Groups[1].Value);

        var after = await site.PostAsync("act", new
        {
            person = SandboxSite.Member, surface = new { kind = "message", messageKey = key }, blockId = "sb-1",
            actionId = ProbeFeature.Click, choice = (string?)null,
        });

        var html = SandboxSite.DirectMessages(after);
        Assert.Contains("Cliqué : ok-1", html);
        Assert.Contains("Visible uniquement par vous", html);
        Assert.Contains("Essai confirmé", html);
        Assert.DoesNotContain("Reçu : Atelier", html);
    }

    [Fact]
    public async Task An_action_on_something_the_page_no_longer_shows_is_answered_409_with_the_current_state()
    {
        await using var site = await SandboxSite.StartAsync();

        var response = await site.PostRawAsync("act", new
        {
            person = SandboxSite.Member, surface = new { kind = "message", messageKey = 999 }, blockId = "b", actionId = "a",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task An_external_select_asks_the_bot_for_options()
    {
        var (site, viewId) = await OpenFormAsync();
        await using var _ = site;

        var answer = await site.PostAsync("suggest", new
        {
            person = SandboxSite.Member, surface = new { kind = "modal", viewId }, blockId = "sheet", actionId = ProbeFeature.Search, query = "cyber",
        });

        var option = answer["options"]!.AsArray().Single()!;
        Assert.Equal("Fiche cyber", option["text"]!.GetValue<string>());
        Assert.Equal("fiche-cyber", option["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Opening_the_App_Home_sends_app_home_opened_and_the_pane_shows_the_view_published_last()
    {
        await using var site = await SandboxSite.StartAsync();

        await site.PostAsync("home", new { person = SandboxSite.OtherMember });
        var state = await site.TypeAsync("/brigade accueil", SandboxSite.OtherMember);

        Assert.Contains(SandboxSite.OtherMember, ProbeFeature.HomeVisits);
        Assert.Contains("Accueil d'essai", SandboxSite.Pane(state, "home"));
    }

    [Fact]
    public async Task A_file_the_bot_uploads_is_listed_in_the_DM_and_downloadable()
    {
        await using var site = await SandboxSite.StartAsync();

        var state = await site.TypeAsync("/brigade fichier");
        var dm = SandboxSite.DirectMessages(state);
        var link = System.Text.RegularExpressions.Regex.Match(dm, "href=\"(/sandbox/files/[^\"]+)\"").Groups[1].Value;
        var file = await site.Client.GetAsync(link);

        Assert.Contains("Bilan d'essai", dm);
        Assert.Contains("Voici le fichier", dm);
        Assert.Equal("a;b\n1;2\n", await file.Content.ReadAsStringAsync());
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
    }
}
