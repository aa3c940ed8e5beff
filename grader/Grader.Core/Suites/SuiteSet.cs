using Grader.Compilation;
using Grader.Exercises;

namespace Grader.Suites;

/// <summary>Every hidden suite of a course, compiled or read from the suite cache, a few at a time, in exercise order.</summary>
public static class SuiteSet
{
    /// <param name="cacheDirectory">Where compiled suites are kept; null compiles every one.</param>
    /// <param name="notKept">Told why, for each suite compiled whose entry could not be written to the cache; called from several threads.</param>
    /// <exception cref="Infrastructure.UserError">A suite folder is wrong, or a suite does not compile.</exception>
    public static IReadOnlyList<CompiledSuite> Load(string exercisesDirectory, string suitesDirectory, string? cacheDirectory, Action<string>? notKept = null)
    {
        var exercises = ExerciseCatalog.Load(exercisesDirectory);
        try
        {
            return SuiteLocator.Find(suitesDirectory, exercises)
                .AsParallel().AsOrdered()
                .Select(found => SuiteCache.GetOrCompile(found.Exercise, found.Directory, ReferenceSet.Shared, cacheDirectory, notKept))
                .ToList();
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            // Rethrown with its own stack trace, which GRADER_DEBUG=1 shows for a failure that is the grader's.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(aggregate.InnerExceptions[0]);
            throw;
        }
    }
}
