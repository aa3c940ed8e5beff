using Grader.Compilation;
using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Scenarios;
using Grader.Submissions;
using Microsoft.CodeAnalysis;

namespace Grader.Tests.Compilation;

/// <summary>
/// The sharing policy's quick first pass. It may send harmless code on to the search of its source, but it must
/// never wave through code that the search would stop.
/// </summary>
public class EmittedReferencesTests : IDisposable
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();
    private readonly ScratchSpace _scratch = new();

    public static TheoryData<string> Slugs => [.. ExerciseCatalog.Load(Repository.Exercises).Select(exercise => exercise.Slug)];

    [Theory]
    [MemberData(nameof(Slugs))]
    public void ReferenceSolution_IsClearedWithoutSearchingItsSource(string slug)
    {
        var exercise = ExerciseCatalog.Load(Repository.Exercises).Single(candidate => candidate.Slug == slug);
        var contract = ExerciseContract.Build(exercise, ReferenceSet.Shared);
        var sources = exercise.LearnerFiles.Select(file =>
        {
            var solution = Path.Combine(Repository.Solutions, slug, file);
            var path = File.Exists(solution) ? solution : Path.Combine(exercise.Directory, file);
            return new SourceFile(ExerciseContract.DisplayPath(exercise, file), File.ReadAllText(path));
        });

        var outcome = contract.Builder.Build(sources);

        outcome.Errors.Should().BeEmpty();
        EmittedReferences.FindWorryingReference(outcome.Image!, outcome.Compilation).Should().BeNull(
            "ordinary exercise code, given files included, should not need the slow search of its source");
    }

    [Fact]
    public void EverySampleSubmission_TheSourceSearchWouldStop_IsNeverCleared()
    {
        var exercises = ExerciseCatalog.Load(Repository.Exercises);
        var contracts = exercises.ToDictionary(exercise => exercise.Slug, exercise => ExerciseContract.Build(exercise, ReferenceSet.Shared));
        var scenarios = Scenario.LoadAll(Repository.Scenarios).Concat(Scenario.LoadAll(Repository.HostileScenarios));
        var stopped = new List<string>();
        // Most samples change one exercise and keep the reference solutions of the others: each distinct code is judged once.
        var judged = new HashSet<string>();

        foreach (var scenario in scenarios)
        {
            var submission = Submission.Open(scenario.Assemble(Repository, _scratch.NewFolder("grader-sharing-")), scenario.Name);
            foreach (var exercise in exercises)
            {
                var files = SubmissionReader.Read(submission, exercise);
                if (!judged.Add(exercise.Slug + string.Concat(files.Sources.Select(file => $"\0{file.DisplayPath}\0{file.Text}"))))
                {
                    continue;
                }

                var outcome = contracts[exercise.Slug].Builder.Build(files.Sources);
                if (files.Sources.Count == 0 || !outcome.Succeeded
                    || SharingPolicy.FindReasonInSource(outcome.Compilation, files.Sources.Select(file => file.DisplayPath)) is not { } reason)
                {
                    continue;
                }

                stopped.Add(reason);
                EmittedReferences.MayReachBeyondItsContext(outcome.Image!, outcome.Compilation).Should().BeTrue(
                    $"{scenario.Name} is stopped by the source search ({reason}), so the first pass must send it there");
            }
        }

        stopped.Should().NotBeEmpty("the hostile samples include code the source search stops");
    }

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("public static object? Run() => typeof(string);")]
    [InlineData("public static object? Run() => new System.Collections.Generic.List<int> { 1, 2 };")]
    [InlineData("public static object? Run() { System.Collections.Generic.List<string> names = [\"a\", \"b\"]; return names; }")]
    [InlineData("public static object? Run() => new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }[1..3];")]
    [InlineData("public static object? Run() => string.Empty + Environment.NewLine + Environment.GetEnvironmentVariable(\"HOME\");")]
    [InlineData("public int this[int index] => index; public static int Twice(in int value) => value * 2;")]
    [InlineData("public sealed record Point(int X, int Y); private static int calls; public static int Run() => ++calls;")]
    [InlineData("public static int Run(int a, int b) { ReadOnlySpan<int> values = [a, b, a]; return values.Length; }")]
    [InlineData("public static object? Run() => new { Name = \"x\", Count = 2 }.Name;")]
    public void OrdinaryCode_IsCleared(string members)
    {
        var outcome = Compile(members);
        EmittedReferences.FindWorryingReference(outcome.Image!, outcome.Compilation).Should().BeNull();
    }

    [Theory]
    [InlineData("public static object? Run() => typeof(string).GetField(\"Empty\");")]
    [InlineData("public static object? Run() => Type.GetType(\"System.String\");")]
    [InlineData("public static object? Run() => System.Reflection.Assembly.GetExecutingAssembly();")]
    [InlineData("public static object? Run() => Activator.CreateInstance(typeof(object));")]
    [InlineData("public static object? Run() => System.Diagnostics.Process.Start(\"sleep\", \"1\");")]
    [InlineData("public static object? Run() => System.Runtime.InteropServices.Marshal.AllocHGlobal(8);")]
    [InlineData("public static object? Run() => System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(string));")]
    [InlineData("public static object? Run() => System.Runtime.CompilerServices.Unsafe.As<string>(new object());")]
    [InlineData("public static object? Run() { Func<object, string> cast = System.Runtime.CompilerServices.Unsafe.As<string>; return cast; }")]
    [InlineData("public static object? Run() => System.Runtime.Loader.AssemblyLoadContext.Default;")]
    [InlineData("public static void Run() => System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null;")]
    [InlineData("public static void Run() => Console.SetOut(TextWriter.Null);")]
    [InlineData("public static void Run() => Environment.CurrentDirectory = \"/\";")]
    [InlineData("public static void Run() => AppContext.SetSwitch(\"Some.Switch\", true);")]
    [InlineData("public static void Run() => AppDomain.CurrentDomain.UnhandledException += (_, _) => { };")]
    [InlineData("[System.Runtime.InteropServices.DllImport(\"libc\")] private static extern int getpid(); public static int Run() => getpid();")]
    [InlineData("public static void Run(System.Reflection.MethodInfo method) { }")]
    [InlineData("public static object? Run() => System.IO.File.ReadAllBytes(\"/proc/self/mem\");")]
    [InlineData("public static object? Run() => new System.IO.FileStream(\"/proc/self/mem\", FileMode.Open).Length;")]
    [InlineData("[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)] private struct Overlap "
        + "{ [System.Runtime.InteropServices.FieldOffset(0)] public string Text; [System.Runtime.InteropServices.FieldOffset(0)] public char[] Characters; }")]
    public void CodeTheSourceSearchWouldStop_IsNeverCleared(string members)
    {
        Scan(members).Should().BeTrue();
        SharingPolicy.FindReasonInSource(Compile(members).Compilation, ["Learner.cs"]).Should().NotBeNull(
            "this sample is meant to be one that the search of the source stops");
    }

    [Fact]
    public void CodeThatReachesThroughAnAlias_IsNeverCleared()
    {
        var outcome = Compile("public static object? Run() => Loaded.GetExecutingAssembly();", usings: "using Loaded = System.Reflection.Assembly;");

        EmittedReferences.MayReachBeyondItsContext(outcome.Image!, outcome.Compilation).Should().BeTrue();
    }

    [Fact]
    public void WritingAStaticFieldOfAnotherAssembly_IsNeverCleared()
    {
        var library = new AssemblyBuilder("SharedLibrary", ReferenceSet.Shared.Learner)
            .Build([new SourceFile("Settings.cs", "public static class Settings { public static int Level; public static readonly int Fixed = 1; }")]);
        var references = ReferenceSet.Shared.Learner.Append(MetadataReference.CreateFromImage(library.Image!));
        var builder = new AssemblyBuilder("Learner", references);

        var reading = builder.Build([new SourceFile("Learner.cs", "public static class Sample { public static int Run() => Settings.Fixed; }")]);
        var writing = builder.Build([new SourceFile("Learner.cs", "public static class Sample { public static void Run() => Settings.Level = 3; }")]);

        EmittedReferences.MayReachBeyondItsContext(reading.Image!, reading.Compilation).Should().BeFalse("a read-only field cannot be changed");
        EmittedReferences.MayReachBeyondItsContext(writing.Image!, writing.Compilation).Should().BeTrue();
        SharingPolicy.FindReasonNotToShare(writing.Compilation, writing.Image!, ["Learner.cs"]).Should().Contain("changes the shared setting Settings.Level");
    }

    private static bool Scan(string members)
    {
        var outcome = Compile(members);
        return EmittedReferences.MayReachBeyondItsContext(outcome.Image!, outcome.Compilation);
    }

    private static CompilationOutcome Compile(string members, string usings = "")
    {
        var outcome = new AssemblyBuilder("Learner", ReferenceSet.Shared.Learner)
            .Build([new SourceFile("Learner.cs", $"{usings}\npublic class Sample\n{{\n    {members}\n}}\n")]);
        outcome.Errors.Should().BeEmpty();
        return outcome;
    }
}
