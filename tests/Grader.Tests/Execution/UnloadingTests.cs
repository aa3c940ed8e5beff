using System.Runtime.CompilerServices;
using Grader.Compilation;
using Grader.Worker.Execution;

namespace Grader.Tests.Execution;

/// <summary>
/// A submission's exercises are released one by one and confirmed gone together, when the last is unloaded: one
/// full collection for all of them, and never a worker handed on while any of them is still reachable.
/// </summary>
public class UnloadingTests
{
    private static readonly AssemblyBuilder Builder = new("Learner", ReferenceSet.Shared.Learner);

    private static readonly byte[] Plain = Compile("public static class Code { public static void Run() { } }");

    [Fact]
    public void Unload_EveryExerciseReleased_ConfirmsThemAllAtTheLast()
    {
        var loaded = new LoadedExercises();
        loaded.Load("first", Plain);
        loaded.Load("second", Plain);
        RunCode(loaded, "first");

        var first = Unloading.Unload(loaded, "first");
        var second = Unloading.Unload(loaded, "second");

        first.Should().Be((true, "unloading: confirmed once no exercise is loaded"));
        second.Should().Be((true, "unloaded"));
        loaded.Unloading.Should().BeEmpty();
    }

    [Fact]
    public void Unload_EarlierExerciseStillReferenced_IsNamedWhenTheLastIsUnloaded()
    {
        var key = $"held-{Guid.NewGuid():N}";
        var holding = Compile($$"""
            public static class Code
            {
                public static void Run() => System.AppContext.SetData("{{key}}", (System.Action)Run);
            }
            """);
        var loaded = new LoadedExercises();
        loaded.Load("holding", holding);
        loaded.Load("plain", Plain);
        RunCode(loaded, "holding");
        try
        {
            var first = Unloading.Unload(loaded, "holding");
            var last = Unloading.Unload(loaded, "plain");

            first.Clean.Should().BeTrue("other exercises are still loaded, so the check waits for the last");
            last.Clean.Should().BeFalse();
            last.Message.Should().Be("the learner's code was still referenced or running after its tests finished (holding)");
        }
        finally
        {
            AppContext.SetData(key, null);
        }
    }

    [Fact]
    public void Unload_NothingOfThatName_ChangesNothing()
    {
        var loaded = new LoadedExercises();

        Unloading.Unload(loaded, "absent").Should().Be((true, "nothing was loaded"));
    }

    private static byte[] Compile(string source) =>
        Builder.Build([new SourceFile("Code.cs", source)]).Image ?? throw new InvalidOperationException("the test's code did not compile");

    // Out of line, so that no local of a test keeps the assembly, its type or its method reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunCode(LoadedExercises loaded, string name) =>
        loaded.Find(name)!.Assemblies.Single().GetType("Code")!.GetMethod("Run")!.Invoke(null, null);
}
