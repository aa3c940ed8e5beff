using System.Xml.Linq;
using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.Benchmarks;

/// <summary>Writes one exercise of one submission as an ordinary xunit project that runs the hidden suite.</summary>
internal static class BaselineProject
{
    public static string Write(RepositoryLayout repository, ExerciseInfo exercise, string submission, string folder)
    {
        Directory.CreateDirectory(folder);
        var learner = Path.Combine(submission, "exercises", exercise.Slug);
        var skipped = exercise.TestFiles.Concat(exercise.GivenFiles).ToHashSet();
        if (Directory.Exists(learner))
        {
            foreach (var file in Directory.EnumerateFiles(learner, "*.cs").Where(file => !skipped.Contains(Path.GetFileName(file))))
            {
                File.Copy(file, Path.Combine(folder, "Learner." + Path.GetFileName(file)));
            }
        }

        foreach (var given in exercise.GivenFiles)
        {
            File.Copy(Path.Combine(exercise.Directory, given), Path.Combine(folder, "Given." + given));
        }

        foreach (var suiteFile in Directory.EnumerateFiles(Path.Combine(repository.Suites, exercise.Slug), "*.cs"))
        {
            File.Copy(suiteFile, Path.Combine(folder, "Suite." + Path.GetFileName(suiteFile)));
        }

        File.WriteAllText(Path.Combine(folder, "HiddenFacts.cs"), Adapter.Replace("{slug}", exercise.Slug, StringComparison.Ordinal));
        var project = Path.Combine(folder, $"Baseline.{exercise.Slug}.csproj"); // a solution needs distinct project names
        File.WriteAllText(project, ProjectFile(repository) + "\n");
        return project;
    }

    private static string ProjectFile(RepositoryLayout repository)
    {
        var versions = XDocument.Load(Path.Combine(repository.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(version => (string)version.Attribute("Include")!, version => (string)version.Attribute("Version")!);
        XElement Package(string name) => new("PackageReference", new XAttribute("Include", name), new XAttribute("Version", versions[name]));
        XElement Reference(params string[] path) => new("ProjectReference", new XAttribute("Include", Path.Combine([repository.Root, .. path])));

        return new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup",
                new XElement("TargetFramework", "net10.0"),
                new XElement("LangVersion", "14.0"),
                new XElement("ImplicitUsings", "enable"),
                new XElement("Nullable", "enable"),
                new XElement("IsTestProject", "true")),
            new XElement("ItemGroup",
                Package("Microsoft.NET.Test.Sdk"), Package("xunit"), Package("xunit.runner.visualstudio"), Package("FluentAssertions"), Package("Moq"),
                Reference("exercises", "ToolCalling", "ToolCalling.csproj"),
                Reference("exercises", "ToolCalling.Testing", "ToolCalling.Testing.csproj"),
                Reference("grader", "Grader.SuiteApi", "Grader.SuiteApi.csproj"))).ToString();
    }

    private const string Adapter = """
        using System.Reflection;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using Grader.Suites;
        using Xunit;

        namespace Baseline;

        public class HiddenFacts
        {
            public static TheoryData<string, string, double> Tests()
            {
                var data = new TheoryData<string, string, double>();
                foreach (var type in typeof(HiddenFacts).Assembly.GetTypes().Where(type => typeof(HiddenTest).IsAssignableFrom(type) && !type.IsAbstract))
                {
                    data.Add("{slug}", type.FullName!, type.GetCustomAttribute<GradedAttribute>()!.Points);
                }

                return data;
            }

            [Theory]
            [MemberData(nameof(Tests))]
            public void Run(string slug, string test, double points)
            {
                var hidden = (HiddenTest)Activator.CreateInstance(typeof(HiddenFacts).Assembly.GetType(test)!)!;
                Produced produced;
                try
                {
                    produced = new Produced(ToJson(Await(hidden.Act())));
                }
                catch (NotImplementedException)
                {
                    throw;
                }
                catch (Exception thrown)
                {
                    var exception = thrown is TargetInvocationException or TypeInitializationException && thrown.InnerException is not null ? thrown.InnerException : thrown;
                    produced = new Produced(null, exception.GetType().FullName, exception.Message);
                }

                hidden.Check(produced);
            }

            private static object? Await(object? value)
            {
                if (value is not Task task)
                {
                    return value;
                }

                task.GetAwaiter().GetResult();
                var type = task.GetType();
                return type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult" ? type.GetProperty("Result")!.GetValue(task) : null;
            }

            private static JsonNode? ToJson(object? value) => value switch
            {
                null => null,
                JsonNode node => JsonNode.Parse(node.ToJsonString()),
                JsonElement element => JsonNode.Parse(element.GetRawText()),
                string text => JsonValue.Create(text),
                _ => JsonSerializer.SerializeToNode(value, value.GetType()),
            };
        }
        """;
}
