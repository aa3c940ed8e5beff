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

    private static IReadOnlyList<string> Problems(string learnerSource)
    {
        var contract = new AssemblyBuilder("Contract", ReferenceSet.Shared.Learner).Compile([new SourceFile("Agent.cs", Starter)]);
        var learner = new AssemblyBuilder("Learner", ReferenceSet.Shared.Learner).Compile([new SourceFile("Agent.cs", learnerSource)]);
        return ContractChecker.FindProblems(contract, new HashSet<string> { "Agent.cs" }, learner);
    }
}
