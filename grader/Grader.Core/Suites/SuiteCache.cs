using System.Security.Cryptography;
using System.Text;
using Grader.Compilation;
using Grader.Exercises;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Suites;

/// <summary>
/// Keeps compiled hidden suites between runs, so that grading one submission does not begin by compiling
/// every suite again. An entry is named by a hash of everything its images depend on (the suite's files, the
/// exercise's starter and given files, the grader's own libraries and the compiler), so an edit to any of them
/// simply misses. The cache is an optimization only: when it cannot be read or written, suites are compiled.
/// </summary>
public static class SuiteCache
{
    private const string Extension = ".suite";
    private const int EntriesKeptPerExercise = 3;
    private static readonly byte[] Magic = "GSC4"u8.ToArray();

    /// <summary>
    /// In the user's own cache folder, never in a shared temporary folder: the grader loads what it finds there,
    /// so nobody else may be able to put anything in it.
    /// </summary>
    public static string DefaultDirectory { get; } = Path.Combine(UserCacheRoot(), "function-calling-grader", "suite-cache");

    /// <param name="cacheDirectory">Where entries live; null compiles every time.</param>
    /// <param name="notKept">Told why, when the suite was compiled but its entry could not be written.</param>
    public static CompiledSuite GetOrCompile(
        ExerciseInfo exercise, string suiteDirectory, ReferenceSet references, string? cacheDirectory, Action<string>? notKept = null)
    {
        if (cacheDirectory is null)
        {
            return SuiteCompiler.Compile(ExerciseContract.Build(exercise, references), suiteDirectory, references);
        }

        var path = Path.Combine(cacheDirectory, $"{exercise.Slug}-{Key(exercise, suiteDirectory)}{Extension}");
        if (TryRead(path) is { } cached)
        {
            try
            {
                return SuiteCompiler.Load(ExerciseContract.FromImage(exercise, references, cached.Contract), cached.Suite, suiteDirectory);
            }
            catch (BadImageFormatException)
            {
                // Damaged on disk; compiled again below.
            }
        }

        var contract = ExerciseContract.Build(exercise, references);
        var images = SuiteCompiler.CompileImages(contract, suiteDirectory, references);
        TryWrite(path, contract.Image, images, notKept);
        return SuiteCompiler.Load(contract, images, suiteDirectory);
    }

    private static string UserCacheRoot()
    {
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : home.Length > 0 ? Path.Combine(home, ".cache")
            : Path.GetTempPath();
    }

    private static string Key(ExerciseInfo exercise, string suiteDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));

        Add(exercise.Slug);
        Add(Environment.Version.ToString());
        foreach (var library in new[] { typeof(SuiteCache), typeof(HiddenTest), typeof(ToolCalling.ToolMessage), typeof(ToolCalling.Testing.SchemaValidator), typeof(CSharpCompilation) })
        {
            Add(library.Assembly.ManifestModule.ModuleVersionId.ToString());
        }

        var exerciseFiles = exercise.LearnerFiles.Concat(exercise.GivenFiles).Select(file => Path.Combine(exercise.Directory, file));
        var suiteFiles = Directory.EnumerateFiles(suiteDirectory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in exerciseFiles.Concat(suiteFiles))
        {
            Add(Path.GetFileName(file));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static (byte[] Contract, SuiteImages Suite)? TryRead(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                return null;
            }

            byte[] Next()
            {
                var length = reader.ReadInt32();
                return length > 0 && length <= reader.BaseStream.Length - reader.BaseStream.Position
                    ? reader.ReadBytes(length)
                    : throw new InvalidDataException($"{path} is damaged.");
            }

            return (Next(), new SuiteImages(Next(), Next(), Next()));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    private static void TryWrite(string path, byte[] contract, SuiteImages images, Action<string>? notKept)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(directory);
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                writer.Write(Magic);
                foreach (var image in new[] { contract, images.Checks, images.HiddenActs, images.VisibleActs })
                {
                    writer.Write(image.Length);
                    writer.Write(image);
                }
            }

            File.Move(temporary, path, overwrite: true);
            RemoveStale(directory, Path.GetFileName(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not cached this time; the next run compiles again.
            notKept?.Invoke(exception.Message.TrimEnd('.'));
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // Another build of the grader (a Debug and a Release one, say) keys the same files differently, so a few entries of each
    // exercise are kept, the newest first; older ones were compiled from files that have since changed. Only the key after
    // the last dash differs: a slug that merely starts like this one (02-dispatch-tool-call-extra) is another exercise's.
    private static void RemoveStale(string directory, string current)
    {
        var slug = SlugOf(current);
        foreach (var stale in Directory.EnumerateFiles(directory, $"{slug}-*{Extension}")
                     .Where(file => Path.GetFileName(file) != current && SlugOf(Path.GetFileName(file)) == slug)
                     .OrderByDescending(File.GetLastWriteTimeUtc)
                     .Skip(EntriesKeptPerExercise - 1))
        {
            File.Delete(stale);
        }
    }

    private static string SlugOf(string entryName) => entryName[..entryName.LastIndexOf('-')];
}
