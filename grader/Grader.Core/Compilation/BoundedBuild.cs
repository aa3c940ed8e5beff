namespace Grader.Compilation;

/// <summary>
/// Compiles learner code in the grader's own process with limits: the compiler can be made to work for hours
/// (overloads tried for every nesting of lambdas) or to fold a string constant of gigabytes, and neither may take
/// the grader, or a whole class's batch, down with it.
/// </summary>
internal static class BoundedBuild
{
    // How long past its deadline a compile that ignores cancellation is waited for before it is left to itself.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <returns>The outcome, or null with <paramref name="refusal"/> saying why the code was not compiled.</returns>
    public static CompilationOutcome? Run(AssemblyBuilder builder, IReadOnlyList<SourceFile> sources, TimeSpan limit, out string? refusal)
    {
        using var deadline = new CancellationTokenSource(limit);
        var thread = new CompilerThread();
        var build = Task.Factory.StartNew(() =>
        {
            thread.Started();
            try
            {
                return builder.Build(sources, deadline.Token);
            }
            finally
            {
                thread.Finished();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!build.Wait(limit + Grace))
            {
                // The compiler did not notice the cancellation; its thread is abandoned and runs on until it ends, with
                // the processor to itself only when nothing else needs it.
                thread.YieldToEveryOtherThread();
                refusal = TooSlow(limit);
                return null;
            }

            refusal = null;
            return build.Result;
        }
        catch (AggregateException failure) when (failure.InnerException is OperationCanceledException)
        {
            refusal = TooSlow(limit);
        }
        catch (AggregateException failure) when (failure.InnerException is OutOfMemoryException)
        {
            refusal = "The compiler ran out of memory on this code (a string constant built up to gigabytes, for example), so it was not compiled.";
        }
        catch (AggregateException failure) when (failure.InnerException is InsufficientExecutionStackException)
        {
            refusal = "This code is nested too deeply for the compiler, so it was not compiled. Break the deepest expressions into smaller ones.";
        }

        return null;
    }

    private static string TooSlow(TimeSpan limit) =>
        $"The compiler did not finish with this code within {limit.TotalSeconds:0} s, so it was not compiled. " +
        "Code that keeps a compiler busy this long usually nests lambdas passed to overloaded methods; simplify it.";
}
