namespace BrigadeBot.Hosting;

/// <summary>Something that wants to know when a feature's stored data changed (e.g. to redraw the App Home).</summary>
public interface IDataChangeListener
{
    /// <summary>Called right after the change is stored; must return quickly (queue any slow work).</summary>
    void Changed(DataChange change);
}

/// <summary>What changed: a feature area (<c>booking</c>, <c>codev</c>…) and, when one person is concerned, who.</summary>
public sealed record DataChange(string Area, string? UserId = null)
{
    public const string Booking = "booking";
    public const string Codev = "codev";
    public const string Watch = "watch";
}

/// <summary>Where features announce their changes; listeners are optional.</summary>
public sealed class DataChanges(IEnumerable<IDataChangeListener> listeners)
{
    public void Notify(string area, string? userId = null)
    {
        var change = new DataChange(area, userId);
        foreach (var listener in listeners) listener.Changed(change);
    }
}
