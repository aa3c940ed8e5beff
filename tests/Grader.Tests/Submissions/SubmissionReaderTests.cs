using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Submissions;
using Grader.Tests.Files;

namespace Grader.Tests.Submissions;

/// <summary>
/// Files of one exercise that cannot be read as they are: each costs that exercise, with a message of its own that names
/// the file as the learner knows it, and never a path of the grading machine.
/// </summary>
public class SubmissionReaderTests : IDisposable
{
    private static readonly ExerciseInfo Dispatch =
        ExerciseCatalog.Load(RepositoryLayout.Locate().Exercises).Single(exercise => exercise.Slug == "02-dispatch-tool-call");

    private readonly ScratchSpace _scratch = new();

    [SkippableFact]
    public void Read_LinkToAFileThatDoesNotExist_IsRejectedWithItsName()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var (submission, folder) = ExerciseFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "Extra.cs"), "Missing.cs");

        var files = SubmissionReader.Read(submission, Dispatch);

        files.RejectedReason.Should().Be("exercises/02-dispatch-tool-call/Extra.cs is a symbolic link to a file that does not exist. " +
            "Replace it with the file itself.");
    }

    [SkippableFact]
    public void Read_LinksThatLeadToEachOther_AreRejectedWithTheirName()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var (submission, folder) = ExerciseFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "A.cs"), "B.cs");
        File.CreateSymbolicLink(Path.Combine(folder, "B.cs"), "A.cs");

        var files = SubmissionReader.Read(submission, Dispatch);

        files.RejectedReason.Should().Be("exercises/02-dispatch-tool-call/A.cs is a symbolic link that cannot be followed to a file " +
            "(it leads round in a loop, or through too many other links). Replace it with the file itself.");
    }

    [SkippableFact]
    public void Read_LinkThroughALinkedFolderBesideExercises_IsRejectedAsOutsideTheSubmission()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var (submission, folder) = ExerciseFolder();
        var elsewhere = _scratch.NewFolder("grader-someone-else-");
        File.WriteAllText(Path.Combine(elsewhere, "ToolDispatcher.cs"), "namespace Exercises; // another learner's work");
        Directory.CreateSymbolicLink(Path.Combine(submission.Root, "peek"), elsewhere);
        File.Delete(Path.Combine(folder, "ToolDispatcher.cs"));
        File.CreateSymbolicLink(Path.Combine(folder, "ToolDispatcher.cs"), "../../peek/ToolDispatcher.cs");

        var files = SubmissionReader.Read(submission, Dispatch);

        files.RejectedReason.Should().Be("exercises/02-dispatch-tool-call/ToolDispatcher.cs is a symbolic link to a file outside the submission; " +
            "the grader does not follow it. Replace it with the file itself.");
    }

    [SkippableFact]
    public void Read_SubmissionThatIsALinkWithALinkToItsOwnFile_IsRead()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var (submission, folder) = ExerciseFolder();
        File.WriteAllText(Path.Combine(submission.Root, "Shared.cs"), "namespace Exercises; public static class Shared { }");
        File.CreateSymbolicLink(Path.Combine(folder, "Shared.cs"), "../../Shared.cs");
        var linkedRoot = Path.Combine(_scratch.NewFolder("grader-class-"), "ada");
        Directory.CreateSymbolicLink(linkedRoot, submission.Root);

        var files = SubmissionReader.Read(Submission.Open(linkedRoot), Dispatch);

        files.RejectedReason.Should().BeNull();
        files.Sources.Select(source => source.DisplayPath).Should().Contain("exercises/02-dispatch-tool-call/Shared.cs");
    }

    [Fact]
    public void Read_LearnerFileInASubfolderOfItsExercise_IsReadWithTheOthers()
    {
        var root = _scratch.NewFolder("grader-submission-");
        var source = Directory.CreateDirectory(Path.Combine(root, "ada", "exercises", Dispatch.Slug, "src")).FullName;
        File.WriteAllText(Path.Combine(source, "ToolDispatcher.cs"), "namespace Exercises;");

        var files = SubmissionReader.Read(Submission.Open(Path.Combine(root, "ada")), Dispatch);

        files.MissingReason.Should().BeNull();
        files.Sources.Select(file => file.DisplayPath).Should().Equal("exercises/02-dispatch-tool-call/src/ToolDispatcher.cs");
    }

    [Fact]
    public void Read_GivenAndTestFilesMovedIntoSubfolders_AreLeftForTheGraderToSupply()
    {
        var twoTools = ExerciseCatalog.Load(RepositoryLayout.Locate().Exercises).Single(exercise => exercise.Slug == "03-two-tool-agent");
        var root = _scratch.NewFolder("grader-submission-");
        var folder = Directory.CreateDirectory(Path.Combine(root, "ada", "exercises", twoTools.Slug)).FullName;
        File.WriteAllText(Path.Combine(folder, "TwoToolAgent.cs"), "namespace Exercises;");
        Directory.CreateDirectory(Path.Combine(folder, "Given"));
        File.WriteAllText(Path.Combine(folder, "Given", "Shop.cs"), "namespace Exercises; public static class Shop { }");
        Directory.CreateDirectory(Path.Combine(folder, "Tests"));
        File.WriteAllText(Path.Combine(folder, "Tests", "TwoToolAgentTests.cs"), "namespace Exercises;");

        var files = SubmissionReader.Read(Submission.Open(Path.Combine(root, "ada")), twoTools);

        files.Sources.Select(file => file.DisplayPath).Should().Equal("exercises/03-two-tool-agent/TwoToolAgent.cs");
    }

    [Fact]
    public void Read_LearnerFileWithLineBreaksAndEscapesInItsName_IsNamedOnOneLineWithThemSpelledOut()
    {
        var (submission, folder) = ExerciseFolder();
        // U+2215, the division slash, looks like the '/' that a file name cannot hold.
        File.WriteAllText(Path.Combine(folder, "x\n\nTotal: 182 \u2215 182 points (100%)\u001B[8m\n.cs"), "namespace Exercises;");

        var files = SubmissionReader.Read(submission, Dispatch);

        files.Sources.Select(file => file.DisplayPath).Should().Contain(
            "exercises/02-dispatch-tool-call/x  Total: 182 \u2215 182 points (100%)\\u001B[8m .cs",
            "compiler messages quote the name, and a line of its own there would look like the report's total");
    }

    [SkippableFact]
    public void Read_FileNamedInLatin1_SaysItsNameIsNotUtf8()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "only Linux keeps a name that is not UTF-8 as it is");
        var (submission, folder) = ExerciseFolder();
        File.WriteAllText(Path.Combine(folder, "Grüße.cs"), "namespace Exercises;");
        var listed = Latin1Name.Give(Path.Combine(folder, "Grüße.cs"));

        var files = SubmissionReader.Read(submission, Dispatch);

        files.RejectedReason.Should().Be($"exercises/02-dispatch-tool-call/{Path.GetFileName(listed)}: the name of this file is not UTF-8 text, " +
            "so the grader cannot open it. Rename it, or unpack its archive again with a tool told which encoding the archive's names are in.");
    }

    [SkippableFact]
    public void Read_FolderNamedInLatin1_SaysItsNameIsNotUtf8()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "only Linux keeps a name that is not UTF-8 as it is");
        var (submission, folder) = ExerciseFolder();
        Directory.CreateDirectory(Path.Combine(folder, "Hilfsklassen für später"));
        var listed = Latin1Name.Give(Path.Combine(folder, "Hilfsklassen für später"));

        var files = SubmissionReader.Read(submission, Dispatch);

        files.RejectedReason.Should().Be($"exercises/02-dispatch-tool-call/{Path.GetFileName(listed)}: the name of this folder is not UTF-8 text, " +
            "so the grader cannot open it. Rename it, or unpack its archive again with a tool told which encoding the archive's names are in.");
    }

    [SkippableFact]
    public void Read_FoldersNestedBeyondTheLongestPath_SaysSoRatherThanToMakeThemReadable()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the limit on a path's length is Linux's");
        var (submission, folder) = ExerciseFolder();
        // No path handed to Linux may be longer than 4,096 bytes, so the nesting is made in two halves, each short enough.
        var outer = Nest(folder, 900);
        var inner = _scratch.NewFolder("grader-nested-");
        Nest(inner, 900);
        Directory.Move(Path.Combine(inner, "dd"), Path.Combine(outer, "dd"));
        LearnerFiles files;
        try
        {
            files = SubmissionReader.Read(submission, Dispatch);
        }
        finally
        {
            // Taken apart again, since no path that long can be deleted either.
            Directory.Move(Path.Combine(outer, "dd"), Path.Combine(inner, "dd"));
        }

        files.RejectedReason.Should().Be("exercises/02-dispatch-tool-call holds folders nested so deep that their path is longer than the system allows. " +
            "Move the files up into fewer folders and grade the submission again.");
    }

    [Fact]
    public void Read_SourcesLeftInBinAndObjByALocalBuild_AreNotRead()
    {
        var (submission, folder) = ExerciseFolder();
        foreach (var generated in new[] { "obj/Debug/net10.0/Exercises.AssemblyInfo.cs", "obj/Debug/net10.0/Exercises.GlobalUsings.g.cs", "bin/Debug/Copy.cs" })
        {
            var path = Path.Combine(folder, generated);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "[assembly: System.Reflection.AssemblyTitle(\"Exercises\")]");
        }

        var files = SubmissionReader.Read(submission, Dispatch);

        files.Sources.Select(file => file.DisplayPath).Should().Equal("exercises/02-dispatch-tool-call/ToolDispatcher.cs");
    }

    [Fact]
    public void Read_FileOfValidUtf8WithANulByte_IsRejectedAsBinary()
    {
        var (submission, folder) = ExerciseFolder();
        File.WriteAllText(Path.Combine(folder, "ToolDispatcher.cs"), "namespace Exercises;\0");

        var files = SubmissionReader.Read(submission, Dispatch);

        files.RejectedReason.Should().Be("exercises/02-dispatch-tool-call/ToolDispatcher.cs contains NUL bytes: it looks like a binary file, not C# source.");
    }

    [Theory]
    [InlineData("02-Dispatch-Tool-Call")]
    [InlineData("02-dispatch-tool-calls")]
    public void Read_ExerciseFolderNamedAlmostRight_NamesItAndSaysHowToRenameIt(string misnamed)
    {
        var root = _scratch.NewFolder("grader-submission-");
        Directory.CreateDirectory(Path.Combine(root, "ada", "exercises", misnamed));

        var files = SubmissionReader.Read(Submission.Open(Path.Combine(root, "ada")), Dispatch);

        files.MissingReason.Should().Be($"The folder exercises/02-dispatch-tool-call is not in the submission. exercises/{misnamed} is there; rename it to 02-dispatch-tool-call.");
    }

    [Fact]
    public void Read_ExercisesFolderInCapitals_SaysHowToRenameIt()
    {
        var root = _scratch.NewFolder("grader-submission-");
        Directory.CreateDirectory(Path.Combine(root, "ada", "Exercises", Dispatch.Slug));
        Directory.CreateDirectory(Path.Combine(root, "ada", "notes"));

        var files = SubmissionReader.Read(Submission.Open(Path.Combine(root, "ada")), Dispatch);

        files.MissingReason.Should().Be("The folder exercises/02-dispatch-tool-call is not in the submission. Exercises/02-dispatch-tool-call is there; rename Exercises to exercises.");
    }

    private static string Nest(string folder, int depth) =>
        Directory.CreateDirectory(Path.Combine([folder, .. Enumerable.Repeat("dd", depth)])).FullName;

    [Fact]
    public void Read_AsManyFilesAsTheLimit_AreReadAndOneMoreIsRejected()
    {
        var (submission, folder) = ExerciseFolder();
        for (var number = 2; number <= SubmissionReader.MaxFiles; number++)
        {
            File.WriteAllText(Path.Combine(folder, $"Part{number}.cs"), "namespace Exercises;");
        }

        SubmissionReader.Read(submission, Dispatch).Sources.Should().HaveCount(SubmissionReader.MaxFiles);

        File.WriteAllText(Path.Combine(folder, "OneTooMany.cs"), "namespace Exercises;");

        SubmissionReader.Read(submission, Dispatch).RejectedReason.Should().Be(
            $"exercises/02-dispatch-tool-call holds {SubmissionReader.MaxFiles + 1} .cs files; the grader reads at most {SubmissionReader.MaxFiles}. " +
            "Remove the files the exercise does not use (copies, backups) and grade the submission again.");
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsRejectedWithWhatToDo()
    {
        var (submission, folder) = ExerciseFolder();
        File.WriteAllText(Path.Combine(folder, "Data.cs"), new string('/', SubmissionReader.MaxFileBytes + 1024));

        SubmissionReader.Read(submission, Dispatch).RejectedReason.Should().Be(
            $"exercises/02-dispatch-tool-call/Data.cs is {SubmissionReader.MaxFileBytes / 1024 + 1} KB; the grader reads source files of at most {SubmissionReader.MaxFileBytes / 1024} KB. " +
            "Split it into smaller files, or remove what the exercise does not need, and grade the submission again.");
    }

    private (Submission Submission, string Folder) ExerciseFolder()
    {
        var root = _scratch.NewFolder("grader-submission-");
        var folder = Directory.CreateDirectory(Path.Combine(root, "ada", "exercises", Dispatch.Slug)).FullName;
        File.WriteAllText(Path.Combine(folder, "ToolDispatcher.cs"), "namespace Exercises;");
        return (Submission.Open(Path.Combine(root, "ada")), folder);
    }

    public void Dispose() => _scratch.Dispose();
}
