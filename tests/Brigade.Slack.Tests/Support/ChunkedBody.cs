namespace Brigade.Slack.Tests.Support;

public static class ChunkedBody
{
    /// <summary>Sends the request's body chunked, without a Content-Length, as a client streaming its body would.</summary>
    public static async Task<HttpRequestMessage> ChunkedAsync(this HttpRequestMessage request)
    {
        var contentType = request.Content!.Headers.ContentType;
        request.Headers.TransferEncodingChunked = true;
        request.Content = new StreamContent(new NonSeekableStream(await request.Content.ReadAsByteArrayAsync()));
        request.Content.Headers.ContentType = contentType;
        return request;
    }

    /// <summary>A stream whose length HttpClient cannot know.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
