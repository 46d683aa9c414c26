namespace BrigadeBot.Storage;

/// <summary>Why storage may look at its types by reflection in a native build.</summary>
internal static class StoredTypes
{
    public const string KeptWhole = "The stored classes are in this assembly, which a native build keeps whole "
        + "(TrimMode=partial), and the collections they hold keep the interfaces their code uses.";
}
