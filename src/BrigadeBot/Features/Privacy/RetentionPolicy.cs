using BrigadeBot.Features.Common.Privacy;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Privacy;

/// <summary>How long each kind of record declared by the features is kept: the setting, else the feature's default.</summary>
public sealed class RetentionPolicy(IEnumerable<PersonalDataCollection> collections, IOptionsMonitor<PrivacyOptions> options)
{
    private readonly IReadOnlyList<RetentionKind> kinds =
        collections.Select(c => c.Kind).OfType<RetentionKind>().DistinctBy(k => k.Name).ToList();

    public int Months(RetentionKind kind) =>
        options.CurrentValue.Retention.TryGetValue(kind.Setting, out var months) ? months : kind.DefaultMonths;

    /// <summary>The months of the kind declared under <paramref name="name"/> (« Bookings »).</summary>
    public int Months(string name) => Months(kinds.First(k => k.Name == name));

    public RetentionCutoffs Cutoffs(DateTime nowUtc) => new(nowUtc, Months);
}
