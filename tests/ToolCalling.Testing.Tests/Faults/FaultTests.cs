using System.Text.Json.Nodes;
using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Faults;

public class FaultTests
{
    private static ScriptedChatModel WeatherModel() => new ScriptedChatModel()
        .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }), ("get_weather", new { city = "London" }))
        .RespondWithToolCalls(("get_weather", new { city = "Paris" }));

    [Fact]
    public async Task MalformedArguments_FirstCallArguments_AreNotValidJson()
    {
        var model = WeatherModel();
        model.Faults.Next(Fault.MalformedArguments);

        var response = await model.CompleteAsync(CourseTools.Ask("Tokyo and London?"));

        var calls = response.Choices[0].Message.ToolCalls!;
        calls[0].Function.Arguments.Should().Be("{\"city\":\"Tokyo\"");
        JsonText.TryParse(calls[0].Function.Arguments, out _, out _).Should().BeFalse();
        calls[1].Function.Arguments.Should().Be("""{"city":"London"}""");
    }

    [Fact]
    public async Task UnknownFunction_FirstCall_NamesAnUndeclaredFunction()
    {
        var model = WeatherModel();
        model.Faults.Next(Fault.UnknownFunction("get_forecast"));

        var response = await model.CompleteAsync(CourseTools.Ask("Tokyo and London?"));

        response.Choices[0].Message.ToolCalls!.Select(call => call.Function.Name).Should().Equal("get_forecast", "get_weather");
    }

    [Fact]
    public async Task WrongArgumentTypes_FirstCall_BreaksTheDeclaredSchema()
    {
        var model = new ScriptedChatModel().RespondWithToolCalls(("convert_temperature", new { value = 30, from_unit = "celsius", to_unit = "fahrenheit" }));
        model.Faults.Next(Fault.WrongArgumentTypes);

        var response = await model.CompleteAsync(CourseTools.Ask("Convert 30 celsius to fahrenheit"));

        var arguments = response.Choices[0].Message.ToolCalls![0].Function.Arguments;
        Compact.Of(arguments).Should().Be("""{"value":"30","from_unit":42,"to_unit":42}""");
        SchemaValidator.For(CourseTools.ConvertTemperature.Function.Parameters!).Validate(JsonNode.Parse(arguments))
            .Select(violation => violation.Path).Distinct().Should().BeEquivalentTo("$.value", "$.from_unit", "$.to_unit");
    }

    [Fact]
    public async Task RateLimited_Call_FailsWithStatus429AndTheApiBody()
    {
        var model = WeatherModel();
        model.Faults.Next(Fault.RateLimited);

        var failure = await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Tokyo?"))).Should().ThrowAsync<ChatApiException>();

        failure.Which.StatusCode.Should().Be(429);
        failure.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(20));
        failure.Which.Error.Should().Be(new ApiError(
            "Rate limit reached for gpt-4o-mini in organization org-mock on requests per min (RPM): Limit 3, Used 3, Requested 1. " +
            "Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more.",
            "requests", null, "rate_limit_exceeded"));
    }

    [Fact]
    public async Task ServiceUnavailable_Call_FailsWithStatus503AndTheApiBody()
    {
        var model = WeatherModel();
        model.Faults.Next(Fault.ServiceUnavailable);

        var failure = await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Tokyo?"))).Should().ThrowAsync<ChatApiException>();

        failure.Which.StatusCode.Should().Be(503);
        Compact.Of(failure.Which.ResponseBody).Should().Be(
            """{"error":{"message":"Our servers are currently overloaded. Please try again later.","type":"service_unavailable_error","param":null,"code":"server_is_overloaded"}}""");
    }

    [Fact]
    public async Task Timeout_AfterItsDelay_ThrowsTimeoutException()
    {
        var model = WeatherModel();
        model.Faults.Next(Fault.Timeout(TimeSpan.Zero));

        await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Tokyo?")))
            .Should().ThrowAsync<TimeoutException>().WithMessage("Request timed out.");
    }

    [Fact]
    public async Task Timeout_WhenTheCallerCancels_StopsWaiting()
    {
        var model = WeatherModel();
        model.Faults.Next(Fault.Timeout(TimeSpan.FromMinutes(10)));
        using var cancellation = new CancellationTokenSource();
        var call = model.CompleteAsync(CourseTools.Ask("Tokyo?"), cancellation.Token);

        await cancellation.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Next_ForTwoCalls_FailsBothThenAnswers()
    {
        var model = WeatherModel();
        model.Faults.Next(Fault.ServiceUnavailable, times: 2);
        var request = CourseTools.Ask("Tokyo?");

        await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<ChatApiException>();
        await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<ChatApiException>();
        var response = await model.CompleteAsync(request);

        response.Choices[0].Message.ToolCalls.Should().HaveCount(2);
        model.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task OnCall_SecondCall_BreaksOnlyThatResponse()
    {
        var model = WeatherModel();
        model.Faults.OnCall(2, Fault.UnknownFunction());
        var request = CourseTools.Ask("Tokyo and London?");

        var first = await model.CompleteAsync(request);
        var second = await model.CompleteAsync(request);

        first.Choices[0].Message.ToolCalls!.Select(call => call.Function.Name).Should().OnlyContain(name => name == "get_weather");
        second.Choices[0].Message.ToolCalls![0].Function.Name.Should().Be("get_current_time");
    }

    [Fact]
    public async Task ToolCallFault_OnATextResponse_SaysItCannotApply()
    {
        var model = new ScriptedChatModel().RespondWithText("No tools needed.");
        model.Faults.Next(Fault.MalformedArguments);

        await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Hi")))
            .Should().ThrowAsync<InvalidOperationException>().WithMessage("*has no tool call*");
    }
}
