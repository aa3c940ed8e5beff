namespace ToolCalling.Testing.Tests.Schemas;

public class FunctionNameTests
{
    private const string Path = "$.messages[1].tool_calls[0].function.name";

    [Theory]
    [InlineData("search_products")]
    [InlineData("get-weather")]
    [InlineData("A1")]
    [InlineData("x")]
    public void ValidateName_AllowedName_HasNoProblems(string name) =>
        ToolDefinitionValidator.ValidateName(name, Path).Should().BeEmpty();

    [Fact]
    public void ValidateName_SixtyFourCharacters_IsAllowed() =>
        ToolDefinitionValidator.ValidateName(new string('a', 64), Path).Should().BeEmpty();

    [Fact]
    public void ValidateName_SixtyFiveCharacters_UsesTheApiWordingWithTheLength()
    {
        var problem = ToolDefinitionValidator.ValidateName(new string('a', 65), Path).Should().ContainSingle().Which;

        problem.Message.Should().Be("Invalid 'messages[1].tool_calls[0].function.name': string too long. " +
            "Expected a string with maximum length 64, but got a string with length 65 instead.");
        problem.Rejection.Should().Be(new ApiRejection("string_above_max_length", "messages[1].tool_calls[0].function.name"));
        problem.Path.Should().Be(Path);
    }

    [Theory]
    [InlineData("search products", "space is not allowed, e.g. search_products")]
    [InlineData("search.products", "'.' is not allowed, e.g. search_products")]
    [InlineData("find it!", "space and '!' are not allowed, e.g. find_it.")]
    [InlineData("a.b c!", "'.', space and '!' are not allowed, e.g. a_b_c.")]
    [InlineData(" (get weather) ", "space, '(' and ')' are not allowed, e.g. get_weather.")]
    [InlineData("produits_recherchés", "'é' is not allowed")]
    [InlineData("search_products\n", "a line break is not allowed")]
    [InlineData("get\u202Eweather\u200B", "U+202E and U+200B are not allowed, e.g. get_weather.")]
    [InlineData("tag\U000E0041", "U+E0041 is not allowed, e.g. tag.")]
    [InlineData("weather\u2603", "'\u2603' is not allowed, e.g. weather.")]
    public void ValidateName_DisallowedCharacters_UsesTheApiWordingAndNamesTheCharacter(string name, string hint)
    {
        var problem = ToolDefinitionValidator.ValidateName(name, Path).Should().ContainSingle().Which;

        problem.Message.Should().Be("Invalid 'messages[1].tool_calls[0].function.name': string does not match pattern. " +
            "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.");
        problem.Hint.Should().Contain(hint);
        problem.Rejection!.Code.Should().Be("invalid_value");
    }

    [Fact]
    public void ValidateName_TooLongAndDisallowed_ReportsBoth() =>
        ToolDefinitionValidator.ValidateName(new string(' ', 70), Path).Select(problem => problem.Rejection!.Code)
            .Should().Equal("string_above_max_length", "invalid_value");

    [Fact]
    public void ValidateName_EmptyName_UsesTheApiWording() =>
        ToolDefinitionValidator.ValidateName("", Path).Should().ContainSingle().Which.Message.Should().Be(
            "Invalid 'messages[1].tool_calls[0].function.name': empty string. Expected a string with minimum length 1, but got an empty string instead.");

    [Fact]
    public void ValidateName_NullName_UsesTheApiWording() =>
        ToolDefinitionValidator.ValidateName(null, Path).Should().ContainSingle().Which.Message.Should().Be(
            "Missing required parameter: 'messages[1].tool_calls[0].function.name'.");
}
