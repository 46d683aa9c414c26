using System.Text;
using Brigade.Slack.Http;

namespace Brigade.Slack.Tests.Http;

/// <summary>The form decoding every command and interaction goes through, field by field.</summary>
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
}
