using System.Text.Json;
using Grader.Infrastructure;
using ToolCalling.Testing;

namespace Grader.Scenarios;

/// <summary>
/// A sample submission kept in the repository as a few files: it starts from the starters or the reference
/// solutions and overlays the files in its <c>files/</c> folder. The demo class and the golden tests use them.
/// </summary>
public sealed record Scenario(string Name, string Directory, string Description, string Base, bool Demo, IReadOnlyList<string> Remove)
{
    /// <summary>What grading it must show, for scenarios that state it (the hostile corpus does).</summary>
    public ScenarioExpectation? Expect { get; init; }

    public const string StartFromStarters = "starters";
    public const string StartFromSolutions = "solutions";

    public static IReadOnlyList<Scenario> LoadAll(string scenariosDirectory) =>
        System.IO.Directory.EnumerateDirectories(scenariosDirectory)
            .Where(directory => File.Exists(Path.Combine(directory, "scenario.json")))
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static Scenario Load(string directory)
    {
        var path = Path.Combine(directory, "scenario.json");
        try
        {
            var root = JsonSerializer.SerializeToElement(JsonInput.ReadFile(path));
            var start = root.TryGetProperty("base", out var value) ? value.GetString()! : StartFromStarters;
            if (start is not (StartFromStarters or StartFromSolutions))
            {
                throw new UserError($"{path}: \"base\" is \"{start}\"; use \"{StartFromStarters}\" or \"{StartFromSolutions}\".");
            }

            return new Scenario(
                Path.GetFileName(directory),
                directory,
                root.GetProperty("description").GetString() ?? "",
                start,
                root.TryGetProperty("demo", out var demo) && demo.GetBoolean(),
                root.TryGetProperty("remove", out var remove) ? remove.EnumerateArray().Select(item => item.GetString()!).ToList() : [])
            {
                Expect = root.TryGetProperty("expect", out var expect) ? ScenarioExpectation.Read(expect) : null,
            };
        }
        catch (JsonInputException exception)
        {
            throw new UserError(exception.Message);
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
        {
            throw new UserError($"{path} cannot be read: {Sentence.Of(exception.Message)} It needs \"description\", and may have \"base\", \"demo\", \"remove\" and \"expect\".");
        }
    }

    /// <summary>Builds the full submission folder under <paramref name="parent"/> and returns its path.</summary>
    public string Assemble(RepositoryLayout repository, string parent)
    {
        var exercises = Path.Combine(parent, Name, "exercises");
        SourceTree.Copy(repository.Exercises, exercises);
        if (Base == StartFromSolutions)
        {
            SourceTree.Copy(repository.Solutions, exercises, overwrite: true);
        }

        var overlay = Path.Combine(Directory, "files");
        if (System.IO.Directory.Exists(overlay))
        {
            SourceTree.Copy(overlay, exercises, overwrite: true);
        }

        foreach (var relative in Remove)
        {
            var target = Path.Combine(exercises, relative);
            if (System.IO.Directory.Exists(target))
            {
                System.IO.Directory.Delete(target, recursive: true);
            }
            else
            {
                File.Delete(target);
            }
        }

        return Path.Combine(parent, Name);
    }
}
