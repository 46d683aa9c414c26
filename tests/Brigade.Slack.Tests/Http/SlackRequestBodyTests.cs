using System.Text;
using Brigade.Slack.Http;
using Microsoft.AspNetCore.Http;

namespace Brigade.Slack.Tests.Http;

/// <summary>The body read as received, and the form decoding every command and interaction goes through, field by field.</summary>
public sealed class SlackRequestBodyTests
{
    private static Dictionary<string, string> Parse(string body) => SlackRequestBody.ParseForm(Encoding.UTF8.GetBytes(body));

    [Theory]
    [InlineData("text=100%25+s%C3%BBr", "100% sûr")]
    [InlineData("text=1%2B1+%3D+2", "1+1 = 2")]
    [InlineData("text=a%26b", "a&b")]
    [InlineData("text=k%3Dv=w", "k=v=w")]
    [InlineData("text=%ZZ+et+%", "%ZZ et %")]
    [InlineData("text=plain", "plain")]
    [InlineData("text=", "")]
    [InlineData("text", "")]
    [InlineData("text=r\u00e9server", "réserver")]
    public void A_value_is_decoded_as_a_browser_encodes_it(string body, string expected)
    {
        Assert.Equal(expected, Parse(body)["text"]);
    }

    [Fact]
    public void Keys_are_decoded_too_and_empty_pairs_are_skipped()
    {
        var form = Parse("&a=1&&%3D=equals&b+c=2&=nameless&");

        Assert.Equal(
            new Dictionary<string, string> { ["a"] = "1", ["="] = "equals", ["b c"] = "2", [""] = "nameless" },
            form);
    }

    [Fact]
    public void The_first_of_a_repeated_key_wins()
    {
        Assert.Equal("first", Parse("k=first&k=second")["k"]);
    }

    [Fact]
    public void An_empty_body_is_an_empty_form()
    {
        Assert.Empty(Parse(""));
    }

    private static HttpRequest Request(byte[] body, long? announced)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentLength = announced;
        return http.Request;
    }

    [Fact]
    public async Task A_body_of_announced_length_is_read_whole()
    {
        var body = Encoding.UTF8.GetBytes("command=%2Fbrigade&text=aide");

        Assert.Equal(body, await SlackRequestBody.ReadAsync(Request(body, body.Length), 1024, default));
    }

    [Fact]
    public async Task A_body_cut_short_of_its_announced_length_is_what_was_received()
    {
        var body = Encoding.UTF8.GetBytes("command=%2Fbrigade");

        Assert.Equal(body, await SlackRequestBody.ReadAsync(Request(body, body.Length + 10), 1024, default));
    }

    [Fact]
    public async Task A_body_without_a_length_is_read_to_its_end_up_to_the_limit()
    {
        var body = new byte[5000];
        Random.Shared.NextBytes(body);

        Assert.Equal(body, await SlackRequestBody.ReadAsync(Request(body, null), 5000, default));
        Assert.Null(await SlackRequestBody.ReadAsync(Request(body, null), 4999, default));
        Assert.Null(await SlackRequestBody.ReadAsync(Request(body, body.Length), 4999, default));
    }
}
