namespace BrigadeBot.Tests.Features.Impact;

public static class ReportFiles
{
    /// <summary>The report's files uploaded (named <c>bilan-…</c>), by file name, as the fake Slack received their bytes.</summary>
    public static Dictionary<string, byte[]> Uploaded(BrigadeHost host) =>
        host.Slack.CallsTo("files.getUploadURLExternal").Where(c => c.Arg("filename")!.StartsWith("bilan-", StringComparison.Ordinal)).ToDictionary(
            c => c.Arg("filename")!,
            c => Convert.FromBase64String(host.Slack.CallsTo("(upload)")
                .Single(u => u.Arg("path")!.EndsWith("/" + c.Response["file_id"], StringComparison.Ordinal)).Arg("content_base64")!));
}
