namespace ToolCalling.Testing.Tests.Support;

/// <summary>Sends a request the API must refuse, and returns the HTTP 400 it was refused with.</summary>
internal static class Rejection
{
    public static async Task<ChatApiException> Of(ChatCompletionRequest request)
    {
        var model = new ScriptedChatModel().RespondWithText("unused");
        var failure = await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<ChatApiException>();
        failure.Which.StatusCode.Should().Be(400);
        failure.Which.Error.Type.Should().Be("invalid_request_error");
        return failure.Which;
    }
}
