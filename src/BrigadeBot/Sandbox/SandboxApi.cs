using System.Text.Json.Nodes;
using BrigadeBot.Sandbox.Interaction;

namespace BrigadeBot.Sandbox;

/// <summary>
/// The page's JSON endpoints. Each turns what a person did into the request Slack would send (through
/// <see cref="SandboxSlackClient"/>) and answers with what that person now sees.
/// </summary>
public static class SandboxApi
{
    public sealed record TypeRequest(string Person, string Channel, string Text);
    public sealed record SurfaceRequest(string Kind, long? MessageKey, string? ViewId);
    public sealed record ActRequest(string Person, SurfaceRequest Surface, string BlockId, string ActionId, JsonNode? Choice, JsonObject? Fields);
    public sealed record ViewRequest(string Person, string ViewId, JsonObject? Fields);
    public sealed record SuggestRequest(string Person, SurfaceRequest Surface, string BlockId, string ActionId, string Query);
    public sealed record PersonRequest(string Person);
    public sealed record ClockRequest(string Person, int Hours);
    public sealed record SuggestReply(IReadOnlyList<SuggestReply.Choice> Options)
    {
        public sealed record Choice(string Text, string Value);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/state", (string? person, SandboxHost sandbox) =>
            sandbox.Current is { } life ? State(life, person) : Unavailable());
        api.MapPost("/type", (TypeRequest r, SandboxHost sandbox, CancellationToken ct) =>
            Answer(sandbox, r.Person, (client, who) => client.TypeAsync(who, r.Channel, r.Text, ct)));
        api.MapPost("/act", (ActRequest r, SandboxHost sandbox, CancellationToken ct) =>
            Answer(sandbox, r.Person, (client, who) => client.ActAsync(who, Surface(r.Surface), r.BlockId, r.ActionId, r.Choice, r.Fields, ct)));
        api.MapPost("/submit", (ViewRequest r, SandboxHost sandbox, CancellationToken ct) =>
            Answer(sandbox, r.Person, (client, who) => client.SubmitAsync(who, r.ViewId, r.Fields, ct)));
        api.MapPost("/close", (ViewRequest r, SandboxHost sandbox, CancellationToken ct) =>
            Answer(sandbox, r.Person, (client, who) => client.CloseAsync(who, r.ViewId, r.Fields, ct)));
        api.MapPost("/home", (PersonRequest r, SandboxHost sandbox, CancellationToken ct) =>
            Answer(sandbox, r.Person, async (client, who) => { await client.OpenHomeAsync(who, ct); return true; }));
        api.MapPost("/suggest", async (SuggestRequest r, SandboxHost sandbox, CancellationToken ct) =>
        {
            if (sandbox.Current is not { } life || life.Workspace.Directory.Find(r.Person) is not { } who) return Results.BadRequest();
            var options = await new SandboxSlackClient(life).SuggestAsync(who, Surface(r.Surface), r.BlockId, r.ActionId, r.Query, ct);
            if (options is null) return Results.BadRequest();
            var reply = new SuggestReply([.. options.Select(o => new SuggestReply.Choice(o.Text, o.Value))]);
            return Results.Json(reply, SandboxJsonContext.Default.SuggestReply);
        });
        api.MapPost("/join", async (SandboxHost sandbox, CancellationToken ct) =>
        {
            if (sandbox.Current is not { } life) return Unavailable();
            var newcomer = await new SandboxSlackClient(life).JoinAsync(ct);
            return newcomer is null
                ? Json(SandboxState.For(life, life.Workspace.Directory.People[0]), StatusCodes.Status409Conflict)
                : Json(SandboxState.For(life, newcomer));
        });
        api.MapPost("/clock", async (ClockRequest r, SandboxHost sandbox) =>
        {
            if (r.Hours is < 1 or > 24 * 31) return Results.BadRequest(); // up to a month: the follow-up survey comes months later
            if (sandbox.Current is not { } life) return Unavailable();
            await life.AdvanceClockAsync(TimeSpan.FromHours(r.Hours));
            return State(life, r.Person);
        });
        api.MapPost("/reset", async (PersonRequest r, SandboxHost sandbox, CancellationToken ct) =>
            State(await sandbox.ResetAsync(ct), r.Person));
    }

    private static async Task<IResult> Answer(SandboxHost sandbox, string? person,
        Func<SandboxSlackClient, SandboxPerson, Task<bool>> act)
    {
        if (sandbox.Current is not { } life) return Unavailable();
        if (life.Workspace.Directory.Find(person) is not { } who) return Results.BadRequest();
        // false: the page showed something that is no longer there; it gets the current state to redraw.
        var done = await act(new SandboxSlackClient(life), who);
        return Json(SandboxState.For(life, who), done ? StatusCodes.Status200OK : StatusCodes.Status409Conflict);
    }

    private static IResult State(SandboxInstance life, string? person) =>
        Json(SandboxState.For(life, life.Workspace.Directory.Find(person) ?? life.Workspace.Directory.People[0]));

    private static IResult Json(SandboxState state, int status = StatusCodes.Status200OK) =>
        Results.Json(state, SandboxJsonContext.Default.SandboxState, statusCode: status);

    private static SurfaceRef Surface(SurfaceRequest surface) => new(surface.Kind, surface.MessageKey, surface.ViewId);

    private static IResult Unavailable() => Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
}
