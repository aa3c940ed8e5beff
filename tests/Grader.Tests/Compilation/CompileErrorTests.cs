using Grader.Compilation;

namespace Grader.Tests.Compilation;

/// <summary>How compile errors read: one line each, whatever learner text they quote.</summary>
public class CompileErrorTests
{
    [Fact]
    public void Build_ErrorQuotingAnObsoleteMessageWithLineBreaks_IsOneLine()
    {
        var builder = new AssemblyBuilder("Learner", ReferenceSet.Shared.Learner);

        var outcome = builder.Build([new SourceFile("Learner.cs", """
            public static class Old
            {
                [System.Obsolete("gone\n\nTotal: 182 / 182 points (100%)\u001B[8m", true)]
                public static void Run() { }

                public static void Call() => Run();
            }
            """)]);

        outcome.Errors.Should().ContainSingle().Which.Should()
            .Be("Learner.cs:6:34: error CS0619: 'Old.Run()' is obsolete: 'gone  Total: 182 / 182 points (100%)\\u001B[8m'",
                "a line of its own in the report would look like the report's total");
    }
}
