namespace BrigadeBot.Features.Common.Privacy;

/// <summary>
/// A document that goes with the member's export, drawn again from the stored data when the export is delivered (after
/// the database snapshot), so nothing is stored twice. <paramref name="Render"/> runs in the delivery's scope.
/// </summary>
public sealed record ExportFile(string FileName, string Title, Func<IServiceProvider, CancellationToken, Task<byte[]>> Render);
