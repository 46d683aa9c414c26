namespace BrigadeBot.Features.Common.Members;

/// <summary>
/// The members' current consents and their append-only history (kept with the profile, in <c>member_profiles</c>).
/// Features ask here: codev for <see cref="ConsentPurposes.CodevName"/>, the survey for <see cref="ConsentPurposes.Survey"/>.
/// A withdrawal takes effect at once: the next read sees it.
/// </summary>
public sealed class Consents(MemberProfileStore profiles)
{
    public async Task<bool> IsGrantedAsync(string memberId, string purpose, CancellationToken ct = default) =>
        MemberProfileStore.IsGranted(await profiles.FindAsync(memberId, ct), purpose);

    /// <summary>Every purpose with the member's current choice (refused when never asked).</summary>
    public async Task<IReadOnlyDictionary<string, bool>> CurrentAsync(string memberId, CancellationToken ct)
    {
        var profile = await profiles.FindAsync(memberId, ct);
        return ConsentPurposes.All.ToDictionary(p => p.Id, p => MemberProfileStore.IsGranted(profile, p.Id));
    }

    /// <summary>Records the choices that changed, with the privacy notice's version; returns the purposes that changed.</summary>
    public Task<IReadOnlyList<string>> RecordAsync(string memberId, IReadOnlyDictionary<string, bool> choices, CancellationToken ct) =>
        profiles.RecordConsentsAsync(memberId, choices, ConsentPurposes.NoticeVersion, ct);

    public Task<IReadOnlyList<string>> RecordAsync(string memberId, string purpose, bool granted, CancellationToken ct) =>
        RecordAsync(memberId, new Dictionary<string, bool> { [purpose] = granted }, ct);
}
