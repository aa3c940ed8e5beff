using Grader.Compilation;
using Grader.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Grader.Suites;

/// <summary>
/// Compiles an exercise's hidden suite from the same source: whole, for the checks the grader runs, and without its
/// checks, for the acts that workers run next to learner code: the visible tests' acts with the suite's helpers, and the
/// other tests' acts on top of them (see <see cref="VisibleActs"/> and <see cref="HiddenActs"/>).
/// </summary>
internal static class SuiteCompiler
{
    public static CompiledSuite Compile(ExerciseContract contract, string suiteDirectory, ReferenceSet references) =>
        Load(contract, CompileImages(contract, suiteDirectory, references), suiteDirectory);

    public static SuiteImages CompileImages(ExerciseContract contract, string suiteDirectory, ReferenceSet references)
    {
        var trees = Directory.EnumerateFiles(suiteDirectory, "*.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => AssemblyBuilder.Parse(new SourceFile(path, File.ReadAllText(path))))
            .ToList();
        if (trees.Count == 0)
        {
            throw new UserError($"The hidden suite folder {suiteDirectory} holds no .cs files. Write the exercise's tests there, " +
                "one class each: grader/suites/README.md says how.");
        }

        var suiteReferences = references.Suites.Append(MetadataReference.CreateFromImage(contract.Image)).ToList();
        var checks = Require(new AssemblyBuilder(NameOf(contract), suiteReferences, withLineNumbers: true).Build(trees), suiteDirectory, "");
        var actTrees = trees.Select(SuiteSplitter.ActOnly).ToList();
        var acts = Require(new AssemblyBuilder(NameOf(contract), suiteReferences, withLineNumbers: true).Build(actTrees), suiteDirectory,
            " once its Check bodies and [GraderOnly] members are removed (an Act may not use them)");
        var visibleActs = Require(new AssemblyBuilder(NameOf(contract) + ".Visible", suiteReferences, withLineNumbers: true)
            .Build(VisibleActs.Of(acts.Compilation, actTrees).Append(HiddenActs.Access(NameOf(contract)))), suiteDirectory,
            " once its tests that are not Visible are removed, as for the visible tests' run (an Act or helper may not use another test's class)");
        var hiddenTrees = HiddenActs.Of(acts.Compilation, actTrees);
        var hiddenActs = hiddenTrees is null ? null
            : new AssemblyBuilder(NameOf(contract), [.. suiteReferences, MetadataReference.CreateFromImage(visibleActs.Image!)], withLineNumbers: true)
                .Build(hiddenTrees);
        // A suite whose other tests cannot stand apart from their file (one that uses a file-local type, or is nested in a
        // helper class, say) runs them with the whole acts instead, which work the same beside the visible copy, at the cost
        // of compiling the helpers twice.
        return new SuiteImages(checks.Image!, hiddenActs is { Succeeded: true } ? hiddenActs.Image! : acts.Image!, visibleActs.Image!);
    }

    /// <summary>
    /// Loads the checks into the grader and reads the tests' points, visibility and feedback, and refuses a suite that breaks
    /// <see cref="SuiteRules"/>, pointing at the classes in <paramref name="suiteDirectory"/> that break them.
    /// </summary>
    public static CompiledSuite Load(ExerciseContract contract, SuiteImages images, string suiteDirectory)
    {
        var context = new SuiteLoadContext(NameOf(contract), contract.Image, images.Checks);
        var types = context.Checks.GetTypes();
        var classes = types.Where(IsTestClass).ToList();
        var tests = classes.Where(HiddenTestInfo.IsGraded).Select(HiddenTestInfo.From).ToList();
        var ungraded = classes.Where(type => !HiddenTestInfo.IsGraded(type)).Select(type => type.FullName!).ToList();
        var misplaced = types.Where(type => HiddenTestInfo.IsGraded(type) && !IsTestClass(type)).ToList();
        SuiteRules.Enforce(contract.Exercise.Slug, tests, ungraded, misplaced, () => SuiteSourceLocations.Of(suiteDirectory));
        return new CompiledSuite(contract.Exercise, contract, images.HiddenActs, images.VisibleActs, tests);
    }

    private static bool IsTestClass(Type type) => typeof(HiddenTest).IsAssignableFrom(type) && !type.IsAbstract;

    private static string NameOf(ExerciseContract contract) => $"Suite.{contract.Exercise.Slug}";

    private static CompilationOutcome Require(CompilationOutcome outcome, string suiteDirectory, string when) =>
        outcome.Succeeded
            ? outcome
            : throw new UserError($"The hidden suite in {suiteDirectory} does not compile{when}:\n  {string.Join("\n  ", outcome.Errors)}");
}
