namespace BrigadeBot.Features.Common;

/// <summary>Where features announce their changes; listeners are optional.</summary>
public sealed class DataChanges(IEnumerable<IDataChangeListener> listeners)
{
    public void Notify(DataChange change)
    {
        foreach (var listener in listeners) listener.Changed(change);
    }
}
