using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>Slack refuses a view or message whose element starts on an option it does not offer: refused when built.</summary>
public sealed class InitialOptionTests
{
    private static readonly Option[] Offered = [new("Oui", "yes"), new("Non", "no")];
    private static readonly Option Stranger = new("Peut-être", "maybe");

    public static TheoryData<string, Func<Option, object>> Elements => new()
    {
        { "The initial option must be one of the select's options.", o => new StaticSelect("a", Offered, o) },
        { "The initial option must be one of the select's options.", o => new StaticSelect("a", [new OptionGroup("Groupe", Offered)], o) },
        { "The initial option must be one of the radio buttons' options.", o => new RadioButtons("a", Offered, o) },
        { "Every initial option must be one of the checkboxes' options.", o => new Checkboxes("a", Offered, [Offered[0], o]) },
        { "Every initial option must be one of the select's options.", o => new MultiStaticSelect("a", Offered, [o, Offered[1]]) },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void An_initial_option_among_the_options_is_kept_and_any_other_is_refused(string refusal, Func<Option, object> build)
    {
        Assert.NotNull(build(new Option("Non", "no"))); // equal by value to an offered option

        var refused = Assert.Throws<SlackLimitException>(() => build(Stranger));
        Assert.Equal(refusal, refused.Message);
    }

    [Fact]
    public void No_initial_option_is_written_as_absent()
    {
        Assert.Null(new Checkboxes("a", Offered, []).InitialOptions);
        Assert.Null(new MultiStaticSelect("a", Offered).InitialOptions);
        Assert.Null(new RadioButtons("a", Offered).InitialOption);
    }
}
