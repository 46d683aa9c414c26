namespace BrigadeBot.Storage;

/// <summary>
/// Lets a fault drill make a commit fail the way a full disk or an I/O error would: after each change ran (the change
/// then fails alone), and before the commit of the batch's shared transaction (its changes then run again, each in a
/// transaction of its own). The writer rolls back what the failed commit held. Nothing registers one outside tests.
/// </summary>
public interface IWriteFault
{
    /// <summary>Throws to fail the commit that follows.</summary>
    void BeforeCommit();
}
