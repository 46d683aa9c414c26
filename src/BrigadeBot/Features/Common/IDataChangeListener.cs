namespace BrigadeBot.Features.Common;

/// <summary>Something that wants to know when stored data changed (e.g. to redraw the App Home).</summary>
public interface IDataChangeListener
{
    /// <summary>Called right after the change is stored; must return quickly (queue any slow work).</summary>
    void Changed(DataChange change);
}
