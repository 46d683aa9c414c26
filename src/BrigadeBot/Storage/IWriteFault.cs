namespace BrigadeBot.Storage;

/// <summary>
/// Lets a fault drill make a commit fail the way a full disk or an I/O error would: after the change ran, before LiteDB
/// commits it. The writer then rolls the whole change back. Nothing registers one outside tests.
/// </summary>
public interface IWriteFault
{
    /// <summary>Throws to fail the commit of the change that just ran.</summary>
    void BeforeCommit();
}
