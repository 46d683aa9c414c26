using System.Text;
using Brigade.Slack.Inbound;

namespace Brigade.Slack.Tests.Inbound;

/// <summary>
/// The type read before the payload is parsed: wherever it stands among the top-level properties, never from inside a
/// value, and null for anything that is not an object with a string type.
/// </summary>
public sealed class PayloadTypeTests
{
    private static string? TypeOf(string json) => PayloadType.Of(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("""{"type":"view_submission","view":{"blocks":[]}}""", "view_submission")]
    [InlineData("""{"user":{"id":"U1","type":"user"},"view":{"type":"modal"},"type":"block_actions"}""", "block_actions")]
    [InlineData("""{"a":[1,{"type":"x"},"type"],"b":"type","type":"shortcut"}""", "shortcut")]
    [InlineData(""" { "type" : "view_closed" } """, "view_closed")]
    [InlineData("""{"\u0074ype":"message_action"}""", "message_action")]
    [InlineData("""{"type":"r\u00e9servation"}""", "réservation")]
    [InlineData("""{"type":"first","type":"second"}""", "first")]
    public void The_type_is_the_first_type_property_of_the_top_level_object(string json, string expected)
    {
        Assert.Equal(expected, TypeOf(json));
    }

    [Theory]
    [InlineData("""{"user":{"type":"block_actions"}}""")]
    [InlineData("""{"types":"block_actions","Type":"block_actions"}""")]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":null}""")]
    [InlineData("""{"type":{"name":"block_actions"}}""")]
    [InlineData("""["type","block_actions"]""")]
    [InlineData("\"type\"")]
    [InlineData("{}")]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("""{"user":{"id":"U1"]},"type":"block_actions"}""")]
    [InlineData("""{"type":""")]
    [InlineData("""{"type":"block_""")]
    public void Anything_but_an_object_with_a_string_type_has_none(string json)
    {
        Assert.Null(TypeOf(json));
    }

    [Theory]
    [InlineData("""{"type":"x","a":[1,2,{"b":null}]}""", true)]
    [InlineData(" [1] ", true)]
    [InlineData("""{"type":"x",""", false)]
    [InlineData("""{"type":"x"}}""", false)]
    [InlineData("""{"type":"x"} {}""", false)]
    [InlineData("""{"type":'x'}""", false)]
    [InlineData("", false)]
    public void A_payload_is_well_formed_when_it_is_one_json_value_to_its_end(string json, bool expected)
    {
        Assert.Equal(expected, PayloadType.IsWellFormed(Encoding.UTF8.GetBytes(json)));
    }
}
