using System.Net;

namespace BrigadeBot.Sandbox;

/// <summary>
/// Every <c>/sandbox</c> route (mapped only while the sandbox is on): 403 unless the request comes straight from this
/// machine — loopback peer, loopback host name (no DNS rebinding), no proxy in between (a local reverse proxy makes
/// remote visitors look local). Every POST must also carry <see cref="RequestHeader"/>: a page of another site open in
/// the same browser can submit a form to this machine, but it cannot add a custom header without a CORS preflight,
/// which nothing here answers.
/// </summary>
public sealed class SandboxGuard : IEndpointFilter
{
    public const string RequestHeader = "X-Sandbox-Request";

    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "X-Forwarded-Host", "Forwarded", "X-Real-IP"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!IsFromThisMachine(http))
            return Results.Text(SandboxTexts.OffMachine, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.Headers[RequestHeader] != "1")
            return Results.Text(SandboxTexts.OtherSite, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    public static bool IsFromThisMachine(HttpContext http)
    {
        // No address at all (a Unix socket behind a proxy) is not a proof of being local.
        if (http.Connection.RemoteIpAddress is not { } peer || !IPAddress.IsLoopback(peer)) return false;
        if (ProxyHeaders.Any(h => http.Request.Headers.ContainsKey(h))) return false;
        var host = http.Request.Host.Host;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
