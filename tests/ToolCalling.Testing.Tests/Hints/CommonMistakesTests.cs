using System.Reflection;

namespace ToolCalling.Testing.Tests.Hints;

public class CommonMistakesTests
{
    [Fact]
    public void All_ListsEveryHint_SoThatReportsRecogniseEachOne()
    {
        // A hidden test's report shows a hint only when it finds it in All: a hint missing there is never shown.
        var declared = typeof(CommonMistakes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);

        CommonMistakes.All.Should().BeEquivalentTo(declared);
    }
}
