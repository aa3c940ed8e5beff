using Grader.Compilation;

namespace Grader.Tests.Compilation;

/// <summary>Learner code must keep the starter's public types and signatures; what differs is named in the learner's terms.</summary>
public class ContractCheckerTests
{
    private const string Starter = """
        namespace Exercises;
        public static class Agent { public static int Run(int rounds) => rounds; }
        public sealed record Answer(string Text);
        """;

    [Fact]
    public void FindProblems_SameTypesAndSignatures_FindsNothing() =>
        Problems(Starter).Should().BeEmpty();

    [Fact]
    public void FindProblems_RecordLeftOut_NamesItAsARecord() =>
        Problems("namespace Exercises; public static class Agent { public static int Run(int rounds) => 0; }")
            .Should().Equal("The public record Answer (namespace Exercises) is missing. Keep it as the starter file declares it.");

    [Fact]
    public void FindProblems_ClassMadeInternal_SaysItIsNotPublicRatherThanMissing() =>
        Problems("namespace Exercises; internal static class Agent { public static int Run(int rounds) => 0; } public sealed record Answer(string Text);")
            .Should().Equal("The class Agent (namespace Exercises) is not public, so the tests cannot use it. Keep it public, as the starter file declares it.");

    [Theory]
    [InlineData("public class Agent { public int Run(int rounds) => 0; }", "an instance method where a static one was declared")]
    [InlineData("public static class Agent { public static int Run(ref int rounds) => 0; }", "a parameter passed by reference")]
    public void FindProblems_MethodOfTheSameNameAndTypesButCalledOtherwise_HasTheWrongSignature(string agent, string difference) =>
        Problems($"namespace Exercises; {agent} public sealed record Answer(string Text);")
            .Should().ContainSingle(difference).Which.Should().StartWith("Agent.Run has the wrong signature. Expected: public static int Run(int rounds); found: ");

    [Fact]
    public void FindProblems_MethodMadePrivate_IsMissingForTheTests() =>
        Problems("namespace Exercises; public static class Agent { private static int Run(int rounds) => 0; } public sealed record Answer(string Text);")
            .Should().Equal("Agent.Run is missing. Expected: public static int Run(int rounds)");

    [Fact]
    public void FindProblems_PropertyWhoseGetterIsPrivate_HasTheWrongSignature() =>
        Problems("namespace Exercises; public static class Agent { public static int Run(int rounds) => 0; } " +
                "public sealed record Answer { public Answer(string Text) => this.Text = Text; public string Text { private get; init; } }")
            .Should().ContainSingle("the tests read the property").Which.Should().StartWith("Answer.Text has the wrong signature.");

    private static IReadOnlyList<string> Problems(string learnerSource)
    {
        var contract = new AssemblyBuilder("Contract", ReferenceSet.Shared.Learner).Compile([new SourceFile("Agent.cs", Starter)]);
        var learner = new AssemblyBuilder("Learner", ReferenceSet.Shared.Learner).Compile([new SourceFile("Agent.cs", learnerSource)]);
        return ContractChecker.FindProblems(contract, new HashSet<string> { "Agent.cs" }, learner);
    }
}
