using System.Text;
using Brigade.Slack.Http;
using Brigade.Slack.Testing;
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

    [Theory]
    [MemberData(nameof(InteractionFixtures))]
    public void An_interaction_s_payload_field_is_its_JSON_byte_for_byte(string fixture)
    {
        var json = SlackFixtures.Text(fixture);
        foreach (var encoded in new[] { Uri.EscapeDataString(json), Uri.EscapeDataString(json).Replace("%20", "+") })
        {
            var body = Encoding.UTF8.GetBytes("foo=bar&payload=" + encoded + "&payload=second");

            var payload = SlackRequestBody.Field(body, "payload"u8);

            Assert.Equal(Encoding.UTF8.GetBytes(json), payload!.Value.ToArray());
            Assert.Equal(json, Parse(Encoding.UTF8.GetString(body))["payload"]); // the same bytes as the form's text
        }
    }

    public static TheoryData<string> InteractionFixtures() =>
        [.. new[] { "block_", "shortcut_", "view_" }.SelectMany(SlackFixtures.Names).Where(name => name.EndsWith(".json"))];

    [Theory]
    [InlineData("text=100%25+s%C3%BBr", "100% sûr")]
    [InlineData("text=%ZZ+et+%", "%ZZ et %")]
    [InlineData("text=%4", "%4")]
    [InlineData("text=%e2%80%99", "\u2019")]
    [InlineData("text=%c3%a9t%c3%a9+%ef%bc%81", "été ！")] // lower-case hex, a to f
    [InlineData("text=%C3%A9t%C3%A9+%EF%BC%81", "été ！")]
    [InlineData("te%78t=key+escaped", "key escaped")]
    [InlineData("other=1&text=r\u00e9server", "réserver")]
    [InlineData("text", "")]
    public void A_field_is_decoded_to_the_UTF_8_bytes_its_text_would_have(string body, string expected)
    {
        Assert.Equal(Encoding.UTF8.GetBytes(expected), SlackRequestBody.Field(Encoding.UTF8.GetBytes(body), "text"u8)!.Value.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("payloads=1&pay=2")]
    [InlineData("&&")]
    public void A_field_the_form_does_not_have_is_null(string body)
    {
        Assert.Null(SlackRequestBody.Field(Encoding.UTF8.GetBytes(body), "payload"u8));
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
