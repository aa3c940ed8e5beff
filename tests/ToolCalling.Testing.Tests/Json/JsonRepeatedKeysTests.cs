using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Json;

public class JsonRepeatedKeysTests
{
    private const string Repeated = """{"a": [{"b": 1, "b": 2, "b": 3}], "c": {"d": true, "d": false}, "e": 1}""";

    [Fact]
    public void Find_KeysWrittenTwice_NamesEachOnceWithItsObjectsPath() =>
        JsonRepeatedKeys.Find(JsonNode.Parse(Repeated)).Should().Equal(new RepeatedKey("$.a[0]", "b"), new RepeatedKey("$.c", "d"));

    [Fact]
    public void Find_UnderARootPath_PrefixesThePaths() =>
        JsonRepeatedKeys.Find(JsonNode.Parse("""{"x": {"y": 1, "y": 1}}"""), "$.tools[2]").Should().Equal(new RepeatedKey("$.tools[2].x", "y"));

    [Fact]
    public void Find_OrdinaryJson_FindsNothing() =>
        JsonRepeatedKeys.Find(JsonNode.Parse("""{"b": 1, "c": {"b": 2}, "d": [{"b": 3}, {"b": 4}]}""")).Should().BeEmpty();

    [Fact]
    public void Find_TheSameKeyRepeatedInTheCopiesOfARepeatedKey_NamesItOnce() =>
        JsonRepeatedKeys.Find(JsonNode.Parse("""{"x": [{"y": 1, "y": 2}], "x": [{"y": 3, "y": 4}]}"""))
            .Should().Equal(new RepeatedKey("$.x[0]", "y"), new RepeatedKey("$", "x"));

    // A check reads what code under test produced, up to a million characters of it: each of these objects used to be
    // compared with every one found before it, which took minutes of the grader's own time.
    [Fact]
    public void Find_TensOfThousandsOfObjectsEachWithARepeatedKey_NamesEachInOnePass()
    {
        const int count = 70_000;
        var node = JsonNode.Parse($"[{string.Join(",", Enumerable.Repeat("""{"a":0,"a":0}""", count))}]");
        var clock = Stopwatch.StartNew();

        var found = JsonRepeatedKeys.Find(node);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        found.Should().HaveCount(count);
        found[^1].Should().Be(new RepeatedKey($"$[{count - 1}]", "a"));
    }

    [Fact]
    public void LastCopyWins_KeysWrittenTwice_KeepsTheLastValueOfEach()
    {
        var read = JsonRepeatedKeys.LastCopyWins(JsonNode.Parse(Repeated));

        read!.ToJsonString().Should().Be("""{"a":[{"b":3}],"c":{"d":false},"e":1}""");
    }

    [Fact]
    public void LastCopyWins_OrdinaryJson_ReturnsTheSameNode()
    {
        var node = JsonNode.Parse("""{"b": 1}""");

        JsonRepeatedKeys.LastCopyWins(node).Should().BeSameAs(node);
    }
}
