using BrigadeBot.Sandbox.Workspace;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>A modal as a form (title, blocks, Annuler and the submit button), and an App Home.</summary>
public static class ViewHtml
{
    public static string Modal(SandboxView view, RenderContext context)
    {
        var modal = context with
        {
            IdPrefix = "v" + view.Id, InModal = true, StateValues = view.StateValues, Errors = view.Errors,
        };
        var title = BlockKitHtml.PlainText(view.Definition["title"]);
        var close = view.Definition["close"] is null ? SandboxTexts.Cancel : BlockKitHtml.PlainText(view.Definition["close"]);
        var submit = view.Definition["submit"] is null
            ? ""
            : $"<button type=\"submit\" class=\"sb-btn sb-btn-primary\">{BlockKitHtml.PlainText(view.Definition["submit"])}</button>";
        return $"<form class=\"sb-modal-form\" data-surface=\"modal\" data-view-id=\"{Html.Encode(view.Id)}\" novalidate>"
            + $"<h2 class=\"sb-modal-title\" id=\"sb-modal-title\">{title}</h2>"
            + $"<div class=\"sb-modal-body\">{BlockKitHtml.Blocks(view.Definition["blocks"] as System.Text.Json.Nodes.JsonArray, modal)}</div>"
            + $"<footer class=\"sb-modal-footer\"><button type=\"button\" class=\"sb-btn\" data-close>{close}</button>{submit}</footer>"
            + "</form>";
    }

    public static string Home(SandboxView? home, RenderContext context) => home is null
        ? $"<p class=\"sb-empty\">{SandboxTexts.NoHome}</p>"
        : $"<div class=\"sb-home\" data-surface=\"home\" data-view-id=\"{Html.Encode(home.Id)}\">"
            + BlockKitHtml.Blocks(home.Definition["blocks"] as System.Text.Json.Nodes.JsonArray, context with { IdPrefix = "h" + home.Id })
            + "</div>";
}
