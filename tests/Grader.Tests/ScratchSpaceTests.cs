using Grader.Tests.Files;

namespace Grader.Tests;

public sealed class ScratchSpaceTests
{
    [SkippableFact]
    public void Dispose_FolderHoldingANameInLatin1_LeavesNothingBehind()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "only Linux keeps a name that is not UTF-8 as it is");
        string folder;
        using (var scratch = new ScratchSpace())
        {
            folder = scratch.NewFolder("grader-scratch-");
            var inner = Directory.CreateDirectory(Path.Combine(folder, "Übungen")).FullName;
            File.WriteAllText(Path.Combine(inner, "Größe.cs"), "class Größe { }");
            Latin1Name.Give(Path.Combine(inner, "Größe.cs"));
            Latin1Name.Give(inner);
        }

        Directory.Exists(folder).Should().BeFalse("the scratch space deletes what it made, whatever its files are named");
    }

    [Fact]
    public void Dispose_FolderAndFile_DeletesBoth()
    {
        string folder, file;
        using (var scratch = new ScratchSpace())
        {
            folder = scratch.NewFolder("grader-scratch-");
            File.WriteAllText(Path.Combine(folder, "a.txt"), "a");
            file = scratch.NewFile();
        }

        Directory.Exists(folder).Should().BeFalse();
        File.Exists(file).Should().BeFalse();
    }
}
