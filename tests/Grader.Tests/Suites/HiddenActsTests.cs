using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Grader.Compilation;
using Grader.Exercises;
using Grader.Reports;
using Grader.Submissions;
using Grader.Suites;
using Grader.Tests.Grading;

namespace Grader.Tests.Suites;

/// <summary>
/// The other tests' acts hold their own classes only and build on the visible tests' acts, which hold the helpers: a
/// worker then compiles each helper once per exercise. A suite whose other tests cannot stand apart still grades.
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class HiddenActsTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void CompiledSuites_HiddenActImages_DeclareTheOtherTestsOnly_AndReferenceTheVisibleActs()
    {
        foreach (var suite in grading.Session.Suites)
        {
            var others = suite.Tests.Where(test => test.Visibility != Visibility.Visible).Select(test => test.Id).ToList();
            var (declared, referenced) = Read(suite.HiddenActImage);

            declared.Where(name => name.StartsWith("Suites.", StringComparison.Ordinal)).Should()
                .BeEquivalentTo(others, "the helpers and the visible tests come from the visible acts ({0})", suite.Exercise.Slug);
            referenced.Should().Contain($"Suite.{suite.Exercise.Slug}.Visible", "the other tests build on the visible acts ({0})", suite.Exercise.Slug);
        }
    }

    [Fact]
    public void CompileImages_OtherTestThatUsesAFileLocalHelper_FallsBackToTheWholeActs()
    {
        var exercise = ExerciseCatalog.Load(grading.Repository.Exercises).Single(candidate => candidate.Slug == "02-dispatch-tool-call");
        var suite = _scratch.NewFolder("grader-hidden-acts-");
        File.WriteAllText(Path.Combine(suite, "Tests.cs"), """
            using Grader.Suites;

            namespace Suites.FileLocal;

            [Graded(1, "Visible.", Visibility = Visibility.Visible)]
            public sealed class Visible_test : HiddenTest
            {
                public override object? Act() => 1;
                public override void Check(Produced produced) { }
            }

            [Graded(1, "Hidden, with a helper only its file can see.")]
            public sealed class Hidden_test : HiddenTest
            {
                public override object? Act() => Numbers.Two;
                public override void Check(Produced produced) { }
            }

            file static class Numbers
            {
                public const int Two = 2;
            }
            """);

        var images = SuiteCompiler.CompileImages(ExerciseContract.Build(exercise, ReferenceSet.Shared), suite, ReferenceSet.Shared);
        var (declared, referenced) = Read(images.HiddenActs);

        declared.Should().Contain(["Suites.FileLocal.Visible_test", "Suites.FileLocal.Hidden_test"], "the whole acts stand on their own");
        referenced.Should().NotContain("Suite.02-dispatch-tool-call.Visible");
    }

    [Fact]
    public async Task Grade_OtherTestsUsingInternalHelpers_RunBesideTheVisibleActs()
    {
        var suites = grading.CopyOfTheSuites();
        File.WriteAllText(Path.Combine(suites, "02-dispatch-tool-call", "InternalHelpers.cs"), """
            using Exercises;
            using Grader.Suites;
            using ToolCalling.Testing;

            namespace Suites.InternalHelpers;

            internal static class Calls
            {
                internal static string Unknown() =>
                    ToolDispatcher.DispatchToolCall(MockToolCall.Create("call_1", "fly_to_moon", "{}"), new Dictionary<string, ToolCalling.ToolFunction>());
            }

            [Graded(1, "Unknown names get an error, seen by a visible test.", Visibility = Visibility.Visible)]
            public sealed class Visible_unknown_name : HiddenTest
            {
                public override object? Act() => Calls.Unknown();
                public override void Check(Produced produced) => Lesson.Require(produced.TextOf("DispatchToolCall").Contains("fly_to_moon"), "names it", "", "");
            }

            [Graded(1, "Unknown names get an error, seen by a hidden test.")]
            public sealed class Hidden_unknown_name : HiddenTest
            {
                public override object? Act() => Calls.Unknown();
                public override void Check(Produced produced) => Lesson.Require(produced.TextOf("DispatchToolCall").Contains("fly_to_moon"), "names it", "", "");
            }
            """);
        using var session = grading.OpenPrivateSession(suites: suites);
        Read(session.Suites.Single(suite => suite.Exercise.Slug == "02-dispatch-tool-call").HiddenActImage).Referenced
            .Should().Contain("Suite.02-dispatch-tool-call.Visible", "the other tests compile apart, with access to the internal helper");

        var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "all-correct"));

        var tests = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call").Tests.ToDictionary(test => test.Name);
        tests["Visible unknown name"].Status.Should().Be(TestStatus.Passed);
        tests["Hidden unknown name"].Status.Should().Be(TestStatus.Passed, "a helper the visible acts declare internal is theirs to share");
        report.Score.Should().Be(report.MaxScore);
    }

    [Fact]
    public async Task Grade_OtherTestNestedInAHelperClass_SeesTheSameHelperStateAsTheHelpers()
    {
        var suites = grading.CopyOfTheSuites();
        File.WriteAllText(Path.Combine(suites, "02-dispatch-tool-call", "NestedTest.cs"), """
            using Grader.Suites;
            using ToolCalling.Testing;

            namespace Suites.NestedTest;

            public static class Tally
            {
                public static int Count;

                [Graded(1, "Sees what a helper tallied.")]
                public sealed class Sees_what_a_helper_tallied : HiddenTest
                {
                    public override object? Act()
                    {
                        Counter.Bump();
                        return Count;
                    }

                    public override void Check(Produced produced) =>
                        Lesson.Require(produced.Value?.GetValue<int>() == 1, "the tally the helper raised", "", "");
                }
            }

            public static class Counter
            {
                public static void Bump() => Tally.Count++;
            }
            """);
        using var session = grading.OpenPrivateSession(suites: suites);

        var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "all-correct"));

        report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call").Tests.Single(test => test.Name == "Sees what a helper tallied")
            .Status.Should().Be(TestStatus.Passed, "a class that holds an other test is one class, whose static field the helpers and the test share");
    }

    private static (List<string> Declared, List<string> Referenced) Read(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        var declared = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Where(type => type.GetDeclaringType().IsNil)
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .ToList();
        var referenced = metadata.AssemblyReferences.Select(reference => metadata.GetString(metadata.GetAssemblyReference(reference).Name)).ToList();
        return (declared, referenced);
    }

    public void Dispose() => _scratch.Dispose();
}
