using System.Diagnostics;
using Grader.Compilation;

namespace Grader.Tests.Compilation;

/// <summary>Code that keeps the compiler busy or exhausts its memory costs its own exercise, never the grader.</summary>
public class BoundedBuildTests
{
    private static readonly AssemblyBuilder Builder = new("Learner", ReferenceSet.Shared.Learner);

    [Fact]
    public void Run_PlainCode_CompilesIt()
    {
        var outcome = BoundedBuild.Run(Builder, [new SourceFile("Plain.cs", "public static class Plain { public static int One() => 1; }")], TimeSpan.FromSeconds(20), out var refusal);

        refusal.Should().BeNull();
        outcome!.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Run_LambdasNestedInOverloadedCalls_GivesUpAtTheLimitWithAReason()
    {
        var clock = Stopwatch.StartNew();

        var outcome = BoundedBuild.Run(Builder, [new SourceFile("Bomb.cs", NestedLambdas(depth: 18))], TimeSpan.FromSeconds(1), out var refusal);

        outcome.Should().BeNull();
        refusal.Should().StartWith("The compiler did not finish with this code within 1 s, so it was not compiled.");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1), "the grader stops waiting soon after the limit, whether or not the compiler stopped");
    }

    [Fact]
    public void Run_StringConstantDoubledUntilItCannotExist_IsRefusedAndTheGraderCarriesOn()
    {
        // 8 characters doubled 27 times: more than the longest string .NET allows, after some 1.5 GB on the way.
        var doublings = string.Concat(Enumerable.Range(1, 27).Select(level => $"    const string c{level} = c{level - 1} + c{level - 1};\n"));
        var source = $"public static class Consts\n{{\n    const string c0 = \"abcdefgh\";\n{doublings}    public static string Get() => c27;\n}}\n";

        var outcome = BoundedBuild.Run(Builder, [new SourceFile("Consts.cs", source)], TimeSpan.FromMinutes(2), out var refusal);

        outcome.Should().BeNull();
        refusal.Should().StartWith("The compiler ran out of memory on this code");
        GC.Collect();
        BoundedBuild.Run(Builder, [new SourceFile("Plain.cs", "public static class Plain { }")], TimeSpan.FromSeconds(20), out _)!.Succeeded.Should().BeTrue();
    }

    // Each level is tried against every overload, so the work grows as 3 to the power of the depth.
    private static string NestedLambdas(int depth)
    {
        var body = "0" + string.Concat(Enumerable.Range(0, depth).Select(level => $" + x{level}.GetHashCode()"));
        var call = Enumerable.Range(0, depth).Reverse().Aggregate(body, (inner, level) => $"M(x{level} => {inner})");
        return $$"""
            public static class Bomb
            {
                static int M(System.Func<int, int> f) => 0;
                static int M(System.Func<string, int> f) => 0;
                static int M(System.Func<object, int> f) => 0;
                public static int Run() => {{call}};
            }
            """;
    }
}
