using Grader.Compilation;
using Grader.Exercises;
using Grader.Grading;

namespace Grader.Suites;

/// <summary>Every hidden suite of a course, compiled or read from the suite cache, a few at a time, in exercise order.</summary>
public static class SuiteSet
{
    /// <param name="cacheDirectory">Where compiled suites are kept; null compiles every one.</param>
    /// <exception cref="Infrastructure.UserError">A suite folder is wrong, or a suite does not compile.</exception>
    public static IReadOnlyList<CompiledSuite> Load(string exercisesDirectory, string suitesDirectory, string? cacheDirectory)
    {
        var exercises = ExerciseCatalog.Load(exercisesDirectory);
        try
        {
            return SuiteLocator.Find(suitesDirectory, exercises)
                .AsParallel().AsOrdered()
                .Select(found => SuiteCache.GetOrCompile(found.Exercise, found.Directory, ReferenceSet.Shared, cacheDirectory))
                .ToList();
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            throw aggregate.InnerExceptions[0];
        }
    }
}
