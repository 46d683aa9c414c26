using System.Text;
using Brigade.Slack.Inbound;
using Brigade.Slack.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Example = Brigade.Slack.Testing.SlackFixtures.SignedExample;

namespace Brigade.Slack.Tests.Signatures;

/// <summary>Slack's v0 signature with the known-good vector from Slack's docs, and every way to fail it.</summary>
public sealed class SlackSignatureVerifierTests
{
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Example.Timestamp));
    private readonly FakeTimeProvider time = new(SignedAt);
    private readonly byte[] body = Encoding.UTF8.GetBytes(Example.Body);

    private SlackSignatureVerifier Verifier(string? secret = Example.Secret, FakeTimeProvider? clock = null) =>
        new(new FixedOptions(new SlackOptions { SigningSecret = secret }), clock ?? time);

    [Fact]
    public void The_docs_example_is_valid_at_its_own_time()
    {
        Assert.Equal(SignatureCheck.Valid, Verifier().Verify(Example.Timestamp, Example.Signature, body));
    }

    [Fact]
    public void Signing_the_docs_example_gives_the_docs_signature()
    {
        Assert.Equal(Example.Signature, SlackSignatureVerifier.Sign(Example.Secret, Example.Timestamp, body));
    }

    [Fact]
    public void Another_secret_is_a_mismatch()
    {
        Assert.Equal(SignatureCheck.Mismatch, Verifier("another-secret").Verify(Example.Timestamp, Example.Signature, body));
    }

    [Theory]
    [InlineData(300, SignatureCheck.Valid)]
    [InlineData(301, SignatureCheck.Stale)]
    [InlineData(-300, SignatureCheck.Valid)]
    [InlineData(-301, SignatureCheck.Stale)]
    [InlineData(3600, SignatureCheck.Stale)]
    [InlineData(-3600, SignatureCheck.Stale)]
    public void The_timestamp_must_be_within_five_minutes_either_way(int clockAheadBySeconds, SignatureCheck expected)
    {
        // A positive offset makes the request old; a negative one puts it in the future.
        var clock = new FakeTimeProvider(SignedAt.AddSeconds(clockAheadBySeconds));
        Assert.Equal(expected, Verifier(clock: clock).Verify(Example.Timestamp, Example.Signature, body));
    }

    [Fact]
    public void One_changed_byte_of_the_body_is_a_mismatch()
    {
        var tampered = (byte[])body.Clone();
        tampered[^1] ^= 0x01;
        Assert.Equal(SignatureCheck.Mismatch, Verifier().Verify(Example.Timestamp, Example.Signature, tampered));
    }

    [Theory]
    [InlineData(null, Example.Signature)]
    [InlineData("", Example.Signature)]
    [InlineData(Example.Timestamp, null)]
    [InlineData(Example.Timestamp, "")]
    public void A_missing_header_is_refused(string? timestamp, string? signature)
    {
        Assert.Equal(SignatureCheck.MissingHeaders, Verifier().Verify(timestamp, signature, body));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1531420618.5")]
    [InlineData("-1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("99999999999999999999999")]
    public void A_timestamp_that_is_not_a_whole_number_is_refused(string timestamp)
    {
        Assert.Equal(SignatureCheck.BadTimestamp, Verifier().Verify(timestamp, Example.Signature, body));
    }

    [Fact]
    public void Another_version_prefix_is_a_mismatch()
    {
        var v1 = "v1=" + Example.Signature["v0=".Length..];
        Assert.Equal(SignatureCheck.Mismatch, Verifier().Verify(Example.Timestamp, v1, body));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(+1)]
    [InlineData(-2)]
    public void A_signature_of_another_length_is_a_mismatch(int lengthChange)
    {
        var signature = lengthChange < 0 ? Example.Signature[..^-lengthChange] : Example.Signature + "0";
        Assert.Equal(SignatureCheck.Mismatch, Verifier().Verify(Example.Timestamp, signature, body));
    }

    [Fact]
    public void A_signature_that_is_not_hex_is_a_mismatch()
    {
        var signature = "v0=" + new string('z', 64);
        Assert.Equal(SignatureCheck.Mismatch, Verifier().Verify(Example.Timestamp, signature, body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_a_configured_secret_everything_is_refused(string? secret)
    {
        Assert.Equal(SignatureCheck.NotConfigured, Verifier(secret).Verify(Example.Timestamp, Example.Signature, body));
    }

    [Fact]
    public void A_changed_secret_is_used_from_the_next_request_on()
    {
        var options = new FixedOptions(new SlackOptions { SigningSecret = "old-secret" });
        var verifier = new SlackSignatureVerifier(options, time);
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(Example.Timestamp, Example.Signature, body));
        options.CurrentValue.SigningSecret = Example.Secret;
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(Example.Timestamp, Example.Signature, body));
    }

    [Fact]
    public void One_verifier_answers_each_request_on_its_own_bytes_however_many_came_before()
    {
        var verifier = Verifier();
        var tampered = (byte[])body.Clone();
        tampered[0] ^= 0x01;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(SignatureCheck.Valid, verifier.Verify(Example.Timestamp, Example.Signature, body));
            Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(Example.Timestamp, Example.Signature, tampered));
        }
    }

    [Fact]
    public void Two_apps_verified_in_turn_on_one_thread_each_keep_their_own_secret()
    {
        var mine = Verifier();
        var other = Verifier("another-secret");
        var otherSignature = SlackSignatureVerifier.Sign("another-secret", Example.Timestamp, body);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(SignatureCheck.Valid, mine.Verify(Example.Timestamp, Example.Signature, body));
            Assert.Equal(SignatureCheck.Mismatch, other.Verify(Example.Timestamp, Example.Signature, body));
            Assert.Equal(SignatureCheck.Valid, other.Verify(Example.Timestamp, otherSignature, body));
            Assert.Equal(SignatureCheck.Mismatch, mine.Verify(Example.Timestamp, otherSignature, body));
        }
    }

    [Fact]
    public async Task Requests_verified_at_once_on_many_threads_get_their_own_answers()
    {
        var verifier = Verifier();
        var tampered = (byte[])body.Clone();
        tampered[^1] ^= 0x01;

        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            Enumerable.Range(0, 200).All(j => verifier.Verify(Example.Timestamp, Example.Signature, (i + j) % 2 == 0 ? body : tampered)
                == ((i + j) % 2 == 0 ? SignatureCheck.Valid : SignatureCheck.Mismatch)))));

        Assert.All(answers, Assert.True);
    }

    [Fact]
    public void A_timestamp_of_any_length_can_be_signed()
    {
        var timestamp = new string('1', 100);

        Assert.StartsWith("v0=", SlackSignatureVerifier.Sign(Example.Secret, timestamp, body));
        Assert.NotEqual(SlackSignatureVerifier.Sign(Example.Secret, timestamp, body),
            SlackSignatureVerifier.Sign(Example.Secret, timestamp[1..], body));
    }

    private sealed class FixedOptions(SlackOptions value) : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue { get; } = value;
        public SlackOptions Get(string? name) => CurrentValue;
        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
