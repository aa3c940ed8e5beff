using Grader.Compilation;
using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Suites;

namespace Grader.Tests.Suites;

/// <summary>Compiled suites are kept between runs, and an edit to anything they are built from is never served stale.</summary>
public class SuiteCacheTests : IDisposable
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();
    private readonly string _cache = Directory.CreateTempSubdirectory("grader-suite-cache-").FullName;
    private readonly ExerciseInfo _exercise = ExerciseCatalog.Load(Repository.Exercises).First(exercise => exercise.Slug == "02-dispatch-tool-call");

    [Fact]
    public void GetOrCompile_SecondRun_LoadsTheSameSuiteWithoutWritingAgain()
    {
        var suite = Path.Combine(Repository.Suites, _exercise.Slug);
        var first = SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);
        var entry = Directory.GetFiles(_cache).Should().ContainSingle().Subject;
        var written = File.GetLastWriteTimeUtc(entry);

        var second = SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);

        File.GetLastWriteTimeUtc(entry).Should().Be(written, "a cached suite is read, not compiled and written again");
        second.HiddenActImage.Should().Equal(first.HiddenActImage);
        second.VisibleActImage.Should().Equal(first.VisibleActImage);
        second.Contract.Image.Should().Equal(first.Contract.Image);
        second.Tests.Select(test => (test.Id, test.Points, test.Visibility, test.Feedback))
            .Should().Equal(first.Tests.Select(test => (test.Id, test.Points, test.Visibility, test.Feedback)));
    }

    [Fact]
    public void GetOrCompile_SuiteEdited_CompilesTheEditIntoAnEntryOfItsOwn()
    {
        var suite = Path.Combine(_cache, "..", Path.GetFileName(_cache) + "-suite", _exercise.Slug);
        SourceTree.Copy(Path.Combine(Repository.Suites, _exercise.Slug), suite, overwrite: false);
        var before = SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);
        var oldEntry = Directory.GetFiles(_cache).Single();
        File.WriteAllText(Path.Combine(suite, "Added.cs"), """
            using Grader.Suites;
            namespace Suites.Added;
            [Graded(1, "A test added after the suite was cached.")]
            public sealed class Added_test : HiddenTest
            {
                public override object? Act() => 1;
                public override void Check(Produced produced) { }
            }
            """);

        var after = SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);

        after.Tests.Should().HaveCount(before.Tests.Count + 1).And.Contain(test => test.Id == "Suites.Added.Added_test");
        Directory.GetFiles(_cache).Should().HaveCount(2).And.Contain(oldEntry, "an entry is dropped only once newer ones replace it");
    }

    [Fact]
    public void GetOrCompile_EntriesOfOtherBuilds_KeepsTheNewestThreeOfTheExercise()
    {
        var suite = Path.Combine(Repository.Suites, _exercise.Slug);
        SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);
        var entry = Directory.GetFiles(_cache).Single();
        var others = Enumerable.Range(1, 3).Select(age =>
        {
            var other = Path.Combine(_cache, $"{_exercise.Slug}-{age:D32}{Path.GetExtension(entry)}");
            File.Copy(entry, other);
            File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddHours(-age));
            return other;
        }).ToList();
        File.Delete(entry);

        SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);

        Directory.GetFiles(_cache).Should().BeEquivalentTo(
            [entry, others[0], others[1]],
            "a Debug and a Release build of the grader key the same suite differently, and neither may evict the other; the oldest goes");
    }

    [Fact]
    public void GetOrCompile_StarterEdited_CompilesTheSuiteAgainstTheEditedStarter()
    {
        var copy = Path.Combine(_cache, "..", Path.GetFileName(_cache) + "-exercise", _exercise.Slug);
        SourceTree.Copy(_exercise.Directory, copy);
        var exercise = _exercise with { Directory = copy };
        var suite = Path.Combine(Repository.Suites, _exercise.Slug);
        var before = SuiteCache.GetOrCompile(exercise, suite, ReferenceSet.Shared, _cache);
        File.AppendAllText(Path.Combine(copy, exercise.LearnerFiles[0]), "\npublic static class AddedToTheStarter { public static int Value => 1; }\n");

        var after = SuiteCache.GetOrCompile(exercise, suite, ReferenceSet.Shared, _cache);

        after.Contract.Image.Should().NotEqual(before.Contract.Image, "the suite is compiled against the starter, so an edit to it misses the cache");
    }

    [Fact]
    public void GetOrCompile_ClassMovedToTheNextFile_CompilesAgain()
    {
        var suite = Path.Combine(_cache, "..", Path.GetFileName(_cache) + "-suite", _exercise.Slug);
        SourceTree.Copy(Path.Combine(Repository.Suites, _exercise.Slug), suite, overwrite: false);
        string Test(string name) => $$"""
            namespace Suites.Moved { [Grader.Suites.Graded(1, "A test that moves.")] public sealed class {{name}} : Grader.Suites.HiddenTest { public override object? Act() => 1; public override void Check(Grader.Suites.Produced produced) { } } }

            """;
        File.WriteAllText(Path.Combine(suite, "Moved1.cs"), Test("First") + Test("Second"));
        File.WriteAllText(Path.Combine(suite, "Moved2.cs"), Test("Third"));
        SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);
        var oldEntry = Directory.GetFiles(_cache).Single();

        // The files read one after the other give the same text: only where the first ends has moved, and with it the
        // file and line that a report gives for Second.
        File.WriteAllText(Path.Combine(suite, "Moved1.cs"), Test("First"));
        File.WriteAllText(Path.Combine(suite, "Moved2.cs"), Test("Second") + Test("Third"));
        SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);

        Directory.GetFiles(_cache).Should().HaveCount(2).And.Contain(oldEntry, "the moved class is compiled into an entry of its own");
    }

    [Fact]
    public void GetOrCompile_EntryOfAnExerciseWhoseSlugStartsLikeThisOne_IsKept()
    {
        var suite = Path.Combine(Repository.Suites, _exercise.Slug);
        SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);
        var entry = Directory.GetFiles(_cache).Single();
        var other = Path.Combine(_cache, $"{_exercise.Slug}-extra-0123456789abcdef{Path.GetExtension(entry)}");
        File.Move(entry, other);

        SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);

        File.Exists(other).Should().BeTrue("02-dispatch-tool-call-extra is another exercise, whose entry is not stale");
    }

    [Fact]
    public void GetOrCompile_DamagedEntry_IsCompiledAgain()
    {
        var suite = Path.Combine(Repository.Suites, _exercise.Slug);
        var first = SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);
        var entry = Directory.GetFiles(_cache).Single();
        var damaged = File.ReadAllBytes(entry);
        damaged.AsSpan(4, 4).Fill(0xFF); // a negative length
        File.WriteAllBytes(entry, damaged);

        var again = SuiteCache.GetOrCompile(_exercise, suite, ReferenceSet.Shared, _cache);

        again.Tests.Select(test => test.Id).Should().Equal(first.Tests.Select(test => test.Id));
        File.ReadAllBytes(entry).Should().NotEqual(damaged, "the damaged entry is replaced");
    }

    public void Dispose()
    {
        Directory.Delete(_cache, recursive: true);
        foreach (var copied in new[] { "-suite", "-exercise" }.Select(suffix => Path.Combine(_cache, "..", Path.GetFileName(_cache) + suffix)))
        {
            if (Directory.Exists(copied))
            {
                Directory.Delete(copied, recursive: true);
            }
        }
    }
}
