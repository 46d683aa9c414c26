using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Hosting;

/// <summary>
/// Who may read <c>/metrics</c>: with <c>Metrics:BearerToken</c> set, whoever sends it (401 otherwise, wherever they
/// are); without one, only a caller on the loopback interface (403 otherwise). Behind a reverse proxy on the same machine
/// every caller looks local: set a token there.
/// </summary>
public static class MetricsAccess
{
    public static async Task CheckAsync(HttpContext http, RequestDelegate next)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (options.HasBearerToken)
        {
            if (!CarriesToken(http.Request.Headers.Authorization.ToString(), options.BearerToken))
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            }
        }
        else if (http.Connection.RemoteIpAddress is not { } caller || !IPAddress.IsLoopback(caller))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await next(http);
    }

    private static bool CarriesToken(string authorization, string token)
    {
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
