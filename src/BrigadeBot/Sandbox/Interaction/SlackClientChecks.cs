using System.Globalization;
using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Interaction;

/// <summary>
/// The checks Slack's own client makes before it sends a submission at all: a required field left empty, a text
/// shorter or longer than the element allows, a number or URL that is not one. The bot never sees such a submission.
/// </summary>
public static class SlackClientChecks
{
    public static Dictionary<string, string> Validate(JsonArray? blocks, JsonObject stateValues)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in SurfaceElements.All(blocks).Where(e => SurfaceElements.Str(e.Block, "type") == "input"))
        {
            var state = stateValues[input.BlockId]?[input.ActionId] as JsonObject;
            if (Problem(input, state) is { } problem) errors[input.BlockId] = problem;
        }
        return errors;
    }

    private static string? Problem(SurfaceElement input, JsonObject? state)
    {
        var element = input.Element;
        var text = SurfaceElements.Str(state, "value");
        var empty = state is null || state.Where(p => p.Key != "type" && p.Key != "timezone")
            .All(p => p.Value is null || p.Value is JsonArray { Count: 0 } || (p.Value is JsonValue v && v.ToString().Length == 0));
        if (empty) return input.Block["optional"]?.GetValue<bool>() == true ? null : SandboxTexts.Required;
        if (text is null) return null;
        return input.Type switch
        {
            "plain_text_input" when Number(element, "min_length") is { } min && text.Length < min => SandboxTexts.TooShort((int)min),
            "plain_text_input" when Number(element, "max_length") is { } max && text.Length > max => SandboxTexts.TooLong((int)max),
            "number_input" => NumberProblem(element, text),
            "url_text_input" when !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") => SandboxTexts.NotAUrl,
            "email_text_input" when !text.Contains('@') => SandboxTexts.NotAnEmail,
            _ => null,
        };
    }

    private static string? NumberProblem(JsonObject element, string text)
    {
        var decimals = element["is_decimal_allowed"]?.GetValue<bool>() == true;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            || (!decimals && number != decimal.Truncate(number)))
            return decimals ? SandboxTexts.NotANumber : SandboxTexts.NotAWholeNumber;
        var min = Number(element, "min_value");
        var max = Number(element, "max_value");
        return number < min || number > max ? SandboxTexts.OutOfRange(min, max) : null;
    }

    private static decimal? Number(JsonObject element, string name) =>
        element[name]?.ToString() is { } raw && decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
