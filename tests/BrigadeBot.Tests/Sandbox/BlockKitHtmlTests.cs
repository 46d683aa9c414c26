using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Sandbox.Rendering;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>The renderer takes the JSON our Block Kit records send to Slack, element by element.</summary>
public sealed class BlockKitHtmlTests
{
    private static readonly RenderContext Context = new()
    {
        IdPrefix = "t",
        PersonName = id => id == "U0MEMBER1" ? "Alex" : id,
        ChannelName = id => id == "C0WATCH" ? "veille" : id,
        People = [KeyValuePair.Create("U0MEMBER1", "Alex")],
        Channels = [KeyValuePair.Create("C0WATCH", "veille"), KeyValuePair.Create("C0CODEV", "codev")],
    };

    private static string Render(RenderContext? context = null, params Block[] blocks) =>
        BlockKitHtml.Blocks(new JsonArray(blocks.Select(b => SlackApiMethods.Node(b)).ToArray()), context ?? Context);

    private static string Render(params Block[] blocks) => Render(null, blocks);

    [Fact]
    public void Section_with_mrkdwn_fields_and_a_button_accessory()
    {
        var html = Render(SectionBlock.Markdown("*Thème* : Loi 25", new Button("a.more", "Détails", "42"), "s1"),
            new SectionBlock([TextObject.Markdown("*Date*"), TextObject.Plain("mardi 2 décembre")]));

        Assert.Contains("<strong>Thème</strong> : Loi 25", html);
        Assert.Contains("<div class=\"sb-accessory\"><button type=\"button\" class=\"sb-btn\" id=\"t-s1-a_more\" data-block-id=\"s1\" data-action-id=\"a.more\" data-act", html);
        Assert.Contains("<div class=\"sb-field\">mardi 2 décembre</div>", html);
    }

    [Fact]
    public void Header_context_divider_and_image()
    {
        var html = Render(new HeaderBlock("Vos réservations"), ContextBlock.Markdown("_Fuseau : Toronto_"), new DividerBlock(),
            new ImageBlock("https://example.org/logo.png", "Logo de la Brigade"));

        Assert.Contains("<h3 class=\"sb-header\">Vos réservations</h3>", html);
        Assert.Contains("<div class=\"sb-context\"><span><em>Fuseau : Toronto</em></span></div>", html);
        Assert.Contains("<hr class=\"sb-divider\">", html);
        Assert.Contains("[image&nbsp;: Logo de la Brigade]", html); // offline: no image is fetched
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Buttons_have_their_style_a_link_button_opens_only_http_and_a_confirm_dialog_travels_encoded()
    {
        var html = Render(new ActionsBlock(
        [
            new Button("b.book", "Réserver", "slot-1", ButtonStyle.Primary),
            new Button("b.cancel", "Annuler", "slot-1", ButtonStyle.Danger,
                confirm: new ConfirmDialog("Annuler ?", "Votre place sera libérée <vraiment>.", "Oui, annuler", "Non", danger: true)),
            new Button("b.sheet", "Fiche", url: "https://culturelaurentides.com/fiche"),
            new Button("b.bad", "Piège", url: "javascript:alert(1)"),
        ], "acts"));

        Assert.Contains("<div class=\"sb-actions\" role=\"group\">", html);
        Assert.Contains("class=\"sb-btn sb-btn-primary\"", html);
        Assert.Contains("class=\"sb-btn sb-btn-danger\"", html);
        var confirm = JsonNode.Parse(System.Net.WebUtility.HtmlDecode(Regex.Match(html, "data-confirm=\"([^\"]*)\"").Groups[1].Value))!;
        Assert.Equal("Annuler ?", confirm["title"]!.GetValue<string>());
        Assert.Equal("Votre place sera libérée &lt;vraiment&gt;.", confirm["text"]!.GetValue<string>()); // HTML, encoded
        Assert.True(confirm["danger"]!.GetValue<bool>());
        Assert.Contains("<a class=\"sb-btn\" href=\"https://culturelaurentides.com/fiche\" target=\"_blank\" rel=\"noopener noreferrer\">Fiche</a>", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public void Text_inputs_say_their_label_hint_optional_limits_and_initial_value()
    {
        var html = Render(
            new InputBlock("topic", "Thème", new PlainTextInput("value", "Wiki", maxLength: 80, placeholder: "Ex. : Wikidata"), hint: "Un mot ou deux"),
            new InputBlock("note", "Note", new PlainTextInput("value", multiline: true, minLength: 10), optional: true),
            new InputBlock("link", "Lien", new UrlTextInput("value")),
            new InputBlock("minutes", "Durée (minutes)", new NumberInput("value", minValue: 15, maxValue: 180)));

        Assert.Contains("<label class=\"sb-label\" for=\"t-topic-value\">Thème</label>", html);
        Assert.Contains("<input type=\"text\" id=\"t-topic-value\" data-block-id=\"topic\" data-action-id=\"value\" aria-describedby=\"t-topic-value-hint\" aria-required=\"true\" data-field=\"plain_text_input\" placeholder=\"Ex. : Wikidata\" maxlength=\"80\" value=\"Wiki\">", html);
        Assert.Contains("<p class=\"sb-hint\" id=\"t-topic-value-hint\">Un mot ou deux</p>", html);
        Assert.Contains("Note</label> <span class=\"sb-optional\">(facultatif)</span>", html);
        Assert.Contains("<textarea rows=\"4\"", html);
        Assert.Contains("data-min-length=\"10\"", html);
        Assert.Contains("<input type=\"url\"", html);
        Assert.Contains("<input type=\"text\" inputmode=\"numeric\"", html);
        Assert.DoesNotMatch("data-act[ >]", html); // inputs in a modal wait for the submit button
    }

    [Fact]
    public void Date_and_time_pickers_are_native_controls_with_their_initial_values()
    {
        var html = Render(new InputBlock("date", "Date", new DatePicker("value", new DateOnly(2026, 12, 2))),
            new InputBlock("start", "Heure de début", new TimePicker("value", new TimeOnly(9, 30))));

        Assert.Contains("<input type=\"date\" id=\"t-date-value\"", html);
        Assert.Contains("value=\"2026-12-02\"", html);
        Assert.Contains("<input type=\"time\" id=\"t-start-value\"", html);
        Assert.Contains("value=\"09:30\"", html);
    }

    [Fact]
    public void Selects_show_groups_the_initial_option_and_pickers_list_people_and_channels()
    {
        var cyber = new Option("Cybersécurité", "cyber");
        var html = Render(
            new InputBlock("theme", "Thème", new StaticSelect("value", [new Option("Loi 25", "loi-25"), cyber], cyber)),
            new InputBlock("group", "Groupé", new StaticSelect("value", [new OptionGroup("Matin", [new Option("9 h", "9")])])),
            new InputBlock("many", "Plusieurs", new MultiStaticSelect("value", [new Option("A", "a"), new Option("B", "b")], [new Option("B", "b")])),
            new InputBlock("where", "Canal", new ConversationsSelect("value", "C0CODEV")),
            new InputBlock("sheet", "Fiche", new ExternalSelect("sheets.search", "Tapez un mot")));

        Assert.Contains("<option value=\"cyber\" selected>Cybersécurité</option>", html);
        Assert.Contains("<optgroup label=\"Matin\"><option value=\"9\">9 h</option></optgroup>", html);
        Assert.Contains("<select multiple", html);
        Assert.Contains("<option value=\"b\" selected>B</option>", html);
        Assert.Contains("<option value=\"C0CODEV\" selected>codev</option>", html);
        Assert.Contains("data-field=\"external_select\"", html);
        Assert.Contains("data-suggest", html);
        Assert.Contains("placeholder=\"Tapez un mot\"", html);
    }

    [Fact]
    public void Checkboxes_and_radio_buttons_are_labelled_groups()
    {
        var monday = new Option("Lundi", "lun", "le matin");
        var html = Render(new InputBlock("days", "Jours", new Checkboxes("value", [monday, new Option("Mardi", "mar")], [monday])),
            new InputBlock("mode", "Mode", new RadioButtons("value", [Option.Markdown("*En ligne*", "online"), new Option("Sur place", "site")])));

        Assert.Contains("<span class=\"sb-label\" id=\"t-days-value-label\">Jours</span>", html);
        Assert.Contains("role=\"group\" aria-labelledby=\"t-days-value-label\"", html);
        Assert.Contains("<input type=\"checkbox\" name=\"t-days-value\" id=\"t-days-value-0\" value=\"lun\" checked>", html);
        Assert.Contains("<span class=\"sb-option-description\">le matin</span>", html);
        Assert.Contains("role=\"radiogroup\"", html);
        Assert.Contains("<strong>En ligne</strong>", html);
    }

    [Fact]
    public void Values_kept_in_state_win_over_initial_values_and_errors_show_under_their_field()
    {
        var context = Context with
        {
            StateValues = JsonNode.Parse("""{"date":{"value":{"type":"datepicker","selected_date":"2027-01-05"}},"topic":{"value":{"type":"plain_text_input","value":"Wikidata"}}}""")!.AsObject(),
            Errors = new Dictionary<string, string> { ["date"] = "Choisissez une date à venir." },
        };

        var html = Render(context, new InputBlock("date", "Date", new DatePicker("value", new DateOnly(2026, 12, 2))),
            new InputBlock("topic", "Thème", new PlainTextInput("value", "Wiki")));

        Assert.Contains("value=\"2027-01-05\"", html);
        Assert.Contains("value=\"Wikidata\"", html);
        Assert.Contains("<div class=\"sb-input sb-has-error\" data-input-block=\"date\">", html);
        Assert.Contains("aria-describedby=\"t-date-value-error\"", html);
        Assert.Contains("<p class=\"sb-error\" id=\"t-date-value-error\" role=\"alert\">Choisissez une date à venir.</p>", html);
    }

    [Fact]
    public void A_select_in_an_actions_block_acts_at_once_and_an_overflow_too()
    {
        var html = Render(new ActionsBlock([new StaticSelect("pick", [new Option("Un", "1")]),
            new Overflow("more", [new Option("Modifier", "edit"), new Option("Supprimer", "delete")])]));

        Assert.Contains("data-action-id=\"pick\" data-act data-field=\"static_select\"", html);
        Assert.Contains("data-overflow", html);
        Assert.Contains("<option value=\"delete\">Supprimer</option>", html);
    }

    [Fact]
    public void Text_from_anyone_is_encoded_everywhere_it_lands()
    {
        const string nasty = "\"><script>alert(1)</script>";
        var html = Render(SectionBlock.Plain(nasty),
            new InputBlock("x", nasty, new StaticSelect("value", [new Option(nasty, "v\"><img src=x onerror=alert(1)>")]), hint: nasty),
            SectionBlock.Markdown(Mrkdwn.Escape(nasty)));

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void A_block_or_element_the_sandbox_does_not_know_says_so_instead_of_breaking()
    {
        var blocks = JsonNode.Parse("""[{"type":"rich_text","elements":[]},{"type":"actions","elements":[{"type":"workflow_button","action_id":"w"}]}]""")!.AsArray();

        var html = BlockKitHtml.Blocks(blocks, Context);

        Assert.Contains("[rich_text&nbsp;: élément non pris en charge par le bac à sable]", html);
        Assert.Contains("[workflow_button&nbsp;: élément non pris en charge", html);
    }

    [Fact]
    public void A_message_without_blocks_shows_its_text()
    {
        Assert.Equal("<div class=\"sb-text\">Bonjour <span class=\"sb-mention\">@Alex</span></div>",
            BlockKitHtml.Message("Bonjour <@U0MEMBER1>", null, Context));
    }
}
