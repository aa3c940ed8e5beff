using System.Text.Json;

namespace ToolCalling.Testing.Tests.Hints;

public class ArgumentNameHintsTests
{
    [Fact]
    public void For_GetPropertyOfANameTheArgumentsLack_SaysTheArgumentIsReadByAnotherName()
    {
        using var arguments = JsonDocument.Parse("""{"user_id": "u123"}""");
        var thrown = Record.Exception(() => arguments.RootElement.GetProperty("userId"));

        ArgumentNameHints.For(thrown.GetType().FullName, thrown.Message).Should().Be(CommonMistakes.ArgumentReadByAnotherName);
    }

    [Fact]
    public void For_ADictionaryLookupThatNamesItsKey_GivesNoHint()
    {
        var registry = new Dictionary<string, int>();
        var thrown = Record.Exception(() => registry["lookup_user"]);

        ArgumentNameHints.For(thrown.GetType().FullName, thrown.Message).Should().BeNull();
    }

    [Fact]
    public void For_AnotherException_GivesNoHint()
    {
        ArgumentNameHints.For(typeof(InvalidOperationException).FullName, new KeyNotFoundException().Message).Should().BeNull();
        ArgumentNameHints.For(null, null).Should().BeNull();
    }
}
