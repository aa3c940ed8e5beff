using System.Xml.Linq;

namespace Grader.StudentEdition;

/// <summary>Writes an XML solution file (.slnx) so that <c>dotnet test</c> at the edition's root finds every project.</summary>
internal static class SolutionFile
{
    public static void Write(string path, string root, IEnumerable<string> projects)
    {
        var solution = new XElement("Solution",
            projects.Select(project => new XElement("Project",
                new XAttribute("Path", Path.GetRelativePath(root, project).Replace('\\', '/')))));
        File.WriteAllText(path, solution + "\n");
    }
}
