using Grader.Compilation;
using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Suites;

namespace Grader.Tests.Suites;

/// <summary>A suite that compiles but would grade wrongly is refused, with each test at fault and what to change.</summary>
public class SuiteRulesTests : IDisposable
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();
    private static readonly ExerciseInfo Exercise = ExerciseCatalog.Load(Repository.Exercises).First(exercise => exercise.Slug == "02-dispatch-tool-call");

    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void Compile_TestsWithBadPointsNoFeedbackOrNoConstructor_NamesEachProblem()
    {
        var suite = SuiteOf("""
            [Graded(-2, "Runs the named function (What to build, step 3).")]
            public sealed class Negative_points : Test;

            [Graded(double.NaN, "Runs the named function (What to build, step 3).")]
            public sealed class Points_that_are_not_a_number : Test;

            [Graded(1, " ")]
            public sealed class Blank_feedback : Test;

            [Graded(1, "Runs the named function (What to build, step 3).")]
            public sealed class Needs_an_argument(int size) : Test { public int Size => size; }
            """);

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>()
            .WithMessage("The hidden suite of 02-dispatch-tool-call cannot be used to grade:*")
            .WithMessage("*Suites.Rules.Negative_points: ?Graded? gives it -2 points. Give 0 or more*")
            .WithMessage("*Suites.Rules.Points_that_are_not_a_number: ?Graded? gives it NaN points*")
            .WithMessage("*Suites.Rules.Blank_feedback: ?Graded? gives it no feedback. Name the requirement*")
            .WithMessage("*Suites.Rules.Needs_an_argument: it has no public constructor without parameters*")
            .WithMessage("*grader/suites/README.md*");
    }

    [Fact]
    public void Compile_TwoTestsWithTheSameDisplayName_NamesBoth()
    {
        var suite = SuiteOf("""
            [Graded(1, "Runs the named function (What to build, step 3).")]
            public sealed class Calls_the_named_function : Test;

            [Graded(1, "Runs the named function (What to build, step 3).", Name = "Calls the named function")]
            public sealed class Calls_it_once : Test;
            """);

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>().WithMessage(
            "*Suites.Rules.Calls_the_named_function and Suites.Rules.Calls_it_once are all named \"Calls the named function\" in reports*");
    }

    [Fact]
    public void Compile_SuiteWithoutTests_SaysWhatATestIs()
    {
        var suite = SuiteOf("public static class Helpers;");

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>().WithMessage("*It holds no tests: add a class that derives from HiddenTest*");
    }

    [Fact]
    public void Compile_Problems_PointAtTheFileAndLineOfEachClassAtFault()
    {
        var suite = SuiteOf("""
            [Graded(-2, "Runs the named function (What to build, step 3).")]
            public sealed class Negative_points : Test;

            public static class Outer
            {
                [Graded(1, "Runs the named function (What to build, step 3).", Name = "Negative points")]
                public sealed class Named_like_another : Test;
            }
            """);
        var file = Path.Combine(suite, "Tests.cs");

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>()
            .WithMessage($"*\n  {file}:{LineOf(file, "class Negative_points")}: Suites.Rules.Negative_points: ?Graded? gives it -2 points*")
            .WithMessage($"*\n  {file}:{LineOf(file, "class Negative_points")}, {file}:{LineOf(file, "class Named_like_another")}: " +
                "Suites.Rules.Negative_points and Suites.Rules.Outer+Named_like_another are all named \"Negative points\"*");
    }

    [Fact]
    public void Compile_SuiteRefusedBeforeAndReadFromTheCache_StillPointsAtTheClass()
    {
        var suite = SuiteOf("""
            [Graded(1, "")]
            public sealed class Without_feedback : Test;
            """);
        var file = Path.Combine(suite, "Tests.cs");
        var cache = _scratch.NewFolder("grader-suite-cache-");
        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cache);
        compile.Should().Throw<UserError>();
        Directory.EnumerateFiles(cache).Should().NotBeEmpty("the second attempt is to read the suite from the cache");

        compile.Should().Throw<UserError>().WithMessage($"*\n  {file}:{LineOf(file, "class Without_feedback")}: Suites.Rules.Without_feedback: ?Graded? gives it no feedback*");
    }

    [Fact]
    public void Compile_TestWithoutGradedAmongOtherProblems_IsNamedWithThemAndWhere()
    {
        var suite = SuiteOf("""
            public sealed class Forgot_its_attribute : Test;

            [Graded(-1, "Runs the named function (What to build, step 3).")]
            public sealed class Negative_points : Test;
            """);
        var file = Path.Combine(suite, "Tests.cs");

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>()
            .WithMessage($"*\n  {file}:{LineOf(file, "class Forgot_its_attribute")}: Suites.Rules.Forgot_its_attribute: it derives from HiddenTest " +
                "but has no ?Graded(points, feedback)? attribute*or make the class abstract if it is a base for other tests.*")
            .WithMessage("*Suites.Rules.Negative_points: ?Graded? gives it -1 points*");
    }

    [Fact]
    public void Compile_GenericTest_IsRefusedSinceTheGraderCannotCreateIt()
    {
        var suite = SuiteOf("""
            [Graded(1, "Runs the named function (What to build, step 3).")]
            public sealed class For_each_kind<TKind> : Test;
            """);

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>().WithMessage("*Suites.Rules.For_each_kind`1: it has type parameters, which the grader cannot choose*");
    }

    [Fact]
    public void Compile_SuiteFolderWithoutSourceFiles_SaysWhatToWriteThere()
    {
        var suite = Path.Combine(_scratch.NewFolder("grader-suite-rules-"), Exercise.Slug);
        Directory.CreateDirectory(suite);

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>().Which.Message.Should().Be(
            $"The hidden suite folder {suite} holds no .cs files. Write the exercise's tests there, one class each: grader/suites/README.md says how.");
    }

    [Fact]
    public void Compile_GradedClassesThatAreNoTests_AreRefusedInsteadOfLeftOut()
    {
        var suite = SuiteOf("""
            [Graded(1, "Runs the named function (What to build, step 3).")]
            public sealed class Forgot_its_base_class
            {
                public object? Act() => 1;

                public void Check(Produced produced) { }
            }

            [Graded(1, "Runs the named function (What to build, step 3).")]
            public abstract class Abstract_but_graded : Test;
            """);

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>()
            .WithMessage("*Suites.Rules.Forgot_its_base_class: it has ?Graded? but does not derive from HiddenTest, so it is no test and grades nothing*")
            .WithMessage("*Suites.Rules.Abstract_but_graded: it has ?Graded? but is abstract, so the grader never creates it*");
    }

    [Fact]
    public void Compile_TestWithABlankName_IsRefused()
    {
        var suite = SuiteOf("""
            [Graded(1, "Runs the named function (What to build, step 3).", Name = " ")]
            public sealed class Calls_the_named_function : Test;
            """);

        var compile = () => SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null);

        compile.Should().Throw<UserError>().WithMessage("*Suites.Rules.Calls_the_named_function: ?Graded? gives it a blank Name*leave Name out to use the class name.*");
    }

    [Fact]
    public void Compile_TestWorthNoPoints_IsARecommendationAndAllowed()
    {
        var suite = SuiteOf("""
            [Graded(0, "Recommended, worth no points: every argument has a description.")]
            public sealed class Arguments_have_descriptions : Test;
            """);

        SuiteCache.GetOrCompile(Exercise, suite, ReferenceSet.Shared, cacheDirectory: null).Tests.Should().ContainSingle().Which.Points.Should().Be(0);
    }

    private string SuiteOf(string tests)
    {
        var suite = Path.Combine(_scratch.NewFolder("grader-suite-rules-"), Exercise.Slug);
        Directory.CreateDirectory(suite);
        File.WriteAllText(Path.Combine(suite, "Tests.cs"), $$"""
            using Grader.Suites;

            namespace Suites.Rules;

            public abstract class Test : HiddenTest
            {
                public override object? Act() => 1;

                public override void Check(Produced produced) { }
            }

            {{tests}}
            """);
        return suite;
    }

    private static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((line, index) => (line, index)).First(found => found.line.Contains(text, StringComparison.Ordinal)).index + 1;

    public void Dispose() => _scratch.Dispose();
}
