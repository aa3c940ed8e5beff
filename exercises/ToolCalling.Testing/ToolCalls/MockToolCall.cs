using Moq;

namespace ToolCalling.Testing;

/// <summary>Builds mock <see cref="IToolCall"/> objects, the way a model's response hands them to your code.</summary>
public static class MockToolCall
{
    /// <summary>A function call with the given id, function name and arguments JSON text.</summary>
    public static IToolCall Create(string id, string name, string arguments = "{}")
    {
        // Named, because Moq's own names count the mocks of each type that the process has made, and a mock's text is its
        // name: code given a tool call would read how many code before it had made.
        var function = new Mock<IFunctionCall>(MockBehavior.Strict) { Name = nameof(IFunctionCall) };
        function.SetupGet(f => f.Name).Returns(name);
        function.SetupGet(f => f.Arguments).Returns(arguments);

        var toolCall = new Mock<IToolCall>(MockBehavior.Strict) { Name = nameof(IToolCall) };
        toolCall.SetupGet(c => c.Id).Returns(id);
        toolCall.SetupGet(c => c.Type).Returns("function");
        toolCall.SetupGet(c => c.Function).Returns(function.Object);
        return toolCall.Object;
    }
}
