using static BrigadeBot.Sandbox.SandboxTexts;

namespace BrigadeBot.Sandbox;

/// <summary>
/// The page's frame, rendered on the server; the script fills it from <c>/sandbox/api/state</c>. Plain HTML, no
/// build step, nothing fetched from elsewhere: it works offline. The script's French words travel as data-* here.
/// </summary>
public static class SandboxPage
{
    public static readonly string Html = $$"""
        <!doctype html>
        <html lang="fr-CA">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(PageTitle)}}</title>
        <link rel="stylesheet" href="/sandbox/sandbox.css">
        <script src="/sandbox/sandbox.js" defer></script>
        </head>
        <body data-failed="{{E(Failed)}}" data-reset-confirm="{{E(ResetConfirm)}}" data-general="{{Workspace.SandboxIdentity.GeneralChannel}}">
        <a class="sb-skip" href="#sb-composer-input">Aller à la zone de saisie</a>
        <header class="sb-top">
          <h1>BrigadeBot <span class="sb-tag">bac à sable</span></h1>
          <p class="sb-intro">{{E(Intro)}}</p>
          <div class="sb-controls">
            <span class="sb-control"><label for="sb-person">{{E(WhoAmI)}}</label> <select id="sb-person"></select></span>
            <span class="sb-control sb-clock">{{E(Clock)}}&nbsp;: <strong id="sb-clock"></strong></span>
            <span class="sb-control">
              <button type="button" class="sb-btn" id="sb-advance-hour" data-hours="1">{{E(AdvanceHour)}}</button>
              <button type="button" class="sb-btn" id="sb-advance-day" data-hours="24">{{E(AdvanceDay)}}</button>
              <button type="button" class="sb-btn" id="sb-advance-month" data-hours="720">{{E(AdvanceMonth)}}</button>
            </span>
            <span class="sb-control">
              <button type="button" class="sb-btn" id="sb-join">{{E(SimulateJoin)}}</button>
              <button type="button" class="sb-btn sb-btn-danger" id="sb-reset">{{E(Reset)}}</button>
            </span>
          </div>
        </header>
        <div class="sb-layout">
          <nav class="sb-sidebar" aria-label="Conversations">
            <h2>{{E(Channels)}}</h2>
            <ul id="sb-channels"></ul>
            <h2>{{E(DirectMessages)}}</h2>
            <ul id="sb-dms"></ul>
            <ul id="sb-homes"></ul>
          </nav>
          <main class="sb-main" id="sb-main">
            <h2 id="sb-pane-title" class="sb-pane-title"></h2>
            <div id="sb-pane" class="sb-pane" tabindex="0" role="log" aria-live="polite" aria-labelledby="sb-pane-title"></div>
            <form id="sb-composer" class="sb-composer" autocomplete="off">
              <label for="sb-composer-input" class="sb-visually-hidden">{{E(Composer)}}</label>
              <input id="sb-composer-input" list="sb-commands" placeholder="{{E(ComposerPlaceholder)}}" aria-describedby="sb-suggestions-label">
              <datalist id="sb-commands"></datalist>
              <button type="submit" class="sb-btn sb-btn-primary">{{E(Send)}}</button>
              <div class="sb-suggestions"><span id="sb-suggestions-label">{{E(Suggestions)}}&nbsp;:</span> <span id="sb-suggestions"></span></div>
            </form>
          </main>
        </div>
        <details class="sb-journal"><summary>{{E(Journal)}}</summary><ol id="sb-journal"></ol></details>
        <p id="sb-status" class="sb-status" role="status"></p>
        <dialog id="sb-modal" class="sb-modal" aria-labelledby="sb-modal-title"></dialog>
        <dialog id="sb-confirm" class="sb-modal sb-confirm" aria-labelledby="sb-confirm-title">
          <h2 id="sb-confirm-title"></h2>
          <div id="sb-confirm-text"></div>
          <footer class="sb-modal-footer">
            <button type="button" class="sb-btn" id="sb-confirm-deny"></button>
            <button type="button" class="sb-btn sb-btn-primary" id="sb-confirm-ok"></button>
          </footer>
        </dialog>
        </body>
        </html>
        """;

    private static string E(string text) => Rendering.Html.Encode(text);
}
