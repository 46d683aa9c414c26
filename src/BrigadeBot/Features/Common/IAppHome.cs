namespace BrigadeBot.Features.Common;

/// <summary>The App Home as a feature's button sees it when clicked there: the person's Home is redrawn with what happened.</summary>
public interface IAppHome
{
    /// <summary>Publishes the person's Home now, with <paramref name="notice"/> on top.</summary>
    void PublishNow(string userId, string? notice = null);
}
