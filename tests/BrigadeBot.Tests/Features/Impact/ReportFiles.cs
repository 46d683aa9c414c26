namespace BrigadeBot.Tests.Features.Impact;

public static class ReportFiles
{
    /// <summary>The files uploaded, by file name, as the fake Slack received their bytes.</summary>
    public static Dictionary<string, byte[]> Uploaded(BrigadeHost host) =>
        host.Slack.CallsTo("files.getUploadURLExternal").ToDictionary(
            c => c.Arg("filename")!,
            c => Convert.FromBase64String(host.Slack.CallsTo("(upload)")
                .Single(u => u.Arg("path")!.EndsWith("/" + c.Response["file_id"], StringComparison.Ordinal)).Arg("content_base64")!));
}
