using Grader.Execution;
using Grader.Grading;
using Grader.Reports;
using Grader.Submissions;
using Grader.Tests.Files;

namespace Grader.Tests.Grading;

/// <summary>Batches that meet broken input, interruptions and the grader's own failures, and lose nothing.</summary>
[Collection(GradingCollection.Name)]
public class BatchTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task GradeAll_MalformedSubmissions_EachGetsItsOwnClearErrorAndTheBatchGoesOn()
    {
        var folder = NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "no-exercises"));
        Correct(folder, "missing-one-exercise", exercises => Directory.Delete(Path.Combine(exercises, "02-dispatch-tool-call"), recursive: true));
        Correct(folder, "empty-file", exercises => File.WriteAllText(Dispatcher(exercises), ""));
        Correct(folder, "binary-file", exercises => File.WriteAllBytes(Dispatcher(exercises), [0x4D, 0x5A, 0x90, 0x00, 0xFF, 0xFE, 0x00, 0x01]));
        var latin1Line = 0;
        Correct(folder, "latin-1-file", exercises =>
        {
            latin1Line = File.ReadAllText(Dispatcher(exercises)).Count(character => character == '\n') + 2;
            File.AppendAllText(Dispatcher(exercises), "\n// Gr\u00fc\u00dfe\n", System.Text.Encoding.Latin1);
        });
        Correct(folder, "huge-file", exercises => File.AppendAllText(Dispatcher(exercises), new string('/', 2 * 1024 * 1024)));
        Correct(folder, "thousands-of-files", exercises =>
        {
            for (var index = 0; index < 2000; index++)
            {
                File.WriteAllText(Path.Combine(exercises, "02-dispatch-tool-call", $"Extra{index}.cs"), "namespace Exercises;");
            }
        });
        Correct(folder, "name with spaces ünïcødé", _ => { });
        if (!OperatingSystem.IsWindows())
        {
            Correct(folder, "symlink-outside", exercises =>
            {
                File.Delete(Dispatcher(exercises));
                File.CreateSymbolicLink(Dispatcher(exercises), "/etc/hostname");
            });
            Correct(folder, "linked-folder", exercises =>
            {
                File.WriteAllText(Dispatcher(exercises), "namespace Exercises;");
                Directory.CreateSymbolicLink(Path.Combine(exercises, "02-dispatch-tool-call", "lib"), Path.Combine(grading.Repository.Solutions, "02-dispatch-tool-call"));
            });
            Correct(folder, "linked-exercise-folder", exercises =>
            {
                Directory.Delete(Path.Combine(exercises, "02-dispatch-tool-call"), recursive: true);
                Directory.CreateSymbolicLink(Path.Combine(exercises, "02-dispatch-tool-call"), Path.Combine(grading.Repository.Solutions, "02-dispatch-tool-call"));
            });
            Correct(folder, "linked-exercises", exercises =>
            {
                Directory.Delete(exercises, recursive: true);
                Directory.CreateSymbolicLink(exercises, grading.Repository.Solutions);
            });
            Correct(folder, "named-pipe", exercises => NamedPipe.Create(Path.Combine(exercises, "02-dispatch-tool-call", "Extra.cs")));
        }

        var output = NewFolder();
        var outcomes = await new ClassGrader(grading.Session, output).GradeAsync(ClassFolder.Open(folder, _ => { }), 2, false, _ => { });

        outcomes.Should().OnlyContain(outcome => outcome.Error == null && outcome.Report != null, "malformed input is the learner's problem, graded as such");
        Exercise(outcomes, "no-exercises", "02-dispatch-tool-call").Status.Should().Be(ExerciseStatus.Missing);
        Exercise(outcomes, "missing-one-exercise", "02-dispatch-tool-call").Message.Should().Contain("exercises/02-dispatch-tool-call is not in the submission");
        Exercise(outcomes, "empty-file", "02-dispatch-tool-call").Message.Should().Contain("ToolDispatcher").And.Contain("missing");
        Exercise(outcomes, "binary-file", "02-dispatch-tool-call").Message.Should().Contain("ToolDispatcher.cs is not UTF-8 text (line 1)");
        Exercise(outcomes, "latin-1-file", "02-dispatch-tool-call").Message.Should().Contain($"ToolDispatcher.cs is not UTF-8 text (line {latin1Line})");
        Exercise(outcomes, "huge-file", "02-dispatch-tool-call").Message.Should().Contain("the grader reads source files of at most");
        Exercise(outcomes, "thousands-of-files", "02-dispatch-tool-call").Message.Should().Contain("2001 .cs files");
        outcomes.Single(outcome => outcome.Name == "name with spaces ünïcødé").Report!.Percent.Should().Be(100);
        File.Exists(Path.Combine(output, "name with spaces ünïcødé.json")).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            Exercise(outcomes, "symlink-outside", "02-dispatch-tool-call").Message.Should().Contain("symbolic link to a file outside the submission");
            Exercise(outcomes, "linked-folder", "02-dispatch-tool-call").Message.Should()
                .Be("exercises/02-dispatch-tool-call/lib is a symbolic link to a folder; the grader does not follow linked folders. Put the folder itself in the submission.");
            Exercise(outcomes, "linked-exercise-folder", "02-dispatch-tool-call").Message.Should()
                .Be("exercises/02-dispatch-tool-call is a symbolic link to a folder; the grader does not follow linked folders. Put the folder itself in the submission.");
            outcomes.Single(outcome => outcome.Name == "linked-exercises").Report!.Exercises.Should().OnlyContain(exercise =>
                exercise.Score == 0 && exercise.Message.StartsWith("exercises is a symbolic link to a folder", StringComparison.Ordinal),
                "a linked exercises/ folder would let a submission hand in any folder of the grading machine");
            Exercise(outcomes, "named-pipe", "02-dispatch-tool-call").Score.Should().Be(30, "a named pipe has nothing to read, and reading it must not hang");
        }

        foreach (var outcome in outcomes.Where(outcome => outcome.Name is not ("no-exercises" or "linked-exercises")))
        {
            outcome.Report!.Exercises.Where(exercise => exercise.Slug != "02-dispatch-tool-call")
                .All(exercise => exercise.Score == exercise.MaxScore).Should().BeTrue("{0} broke only exercise 2", outcome.Name);
        }
    }

    [Fact]
    public void ClassFolder_ResultsFolderInsideTheClass_IsNotASubmission()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Correct(folder, "ben", _ => { });
        var results = Directory.CreateDirectory(Path.Combine(folder, "results")).FullName;
        var warnings = new List<string>();

        var submissions = ClassFolder.Open(folder, warnings.Add, Path.Combine(folder, ".", "results") + Path.DirectorySeparatorChar);

        submissions.Select(submission => submission.Name).Should().Equal("ada", "ben");
        warnings.Should().Equal($"Skipped {Path.GetFileName(results)}: it is the folder the reports go to (--output), not a submission.");
    }

    [Fact]
    public void ClassFolder_LinkThatLeadsNowhere_IsSkippedAsABrokenLinkNotAsAnArchive()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var gone = Path.Combine(NewFolder(), "ben");
        File.CreateSymbolicLink(Path.Combine(folder, "ben"), gone);
        var warnings = new List<string>();

        var submissions = ClassFolder.Open(folder, warnings.Add);

        submissions.Select(submission => submission.Name).Should().Equal("ada");
        warnings.Should().Equal($"Skipped ben: it is a link to {gone}, which does not exist (moved, or not unpacked yet?).");
    }

    [Fact]
    public void ClassFolder_NamesWithLineBreaks_AreWarnedAboutOnOneLineEach()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Directory.CreateDirectory(Path.Combine(folder, "ben\nGraded ben: 182 of 182"));
        File.WriteAllText(Path.Combine(folder, "cy\nzip"), "");
        var warnings = new List<string>();

        ClassFolder.Open(folder, warnings.Add);

        warnings.Should().BeEquivalentTo(
            "Skipped cy zip: it is a file, and a submission is a folder.",
            "ben Graded ben: 182 of 182 holds no exercises/ folder: every exercise will be graded as missing.");
    }

    [SkippableFact]
    public void ClassFolder_SubmissionNamedInLatin1_IsSkippedWithWhatToDoAndTheOthersAreGraded()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "only Linux keeps a name that is not UTF-8 as it is");
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Correct(folder, "müller", _ => { });
        var listed = Latin1Name.Give(Path.Combine(folder, "müller"));
        var warnings = new List<string>();

        var submissions = ClassFolder.Open(folder, warnings.Add);

        submissions.Select(submission => submission.Name).Should().Equal("ada");
        warnings.Should().Equal($"Skipped {Path.GetFileName(listed)}: its name is not UTF-8 text, so the grader cannot open it. " +
            "Rename it, or unpack its archive again with a tool told which encoding the archive's names are in. Then run again with --resume to grade it too.");
    }

    [Fact]
    public void ClassFolder_ArchivesStillPacked_AreNamedWithWhatToDo()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        File.WriteAllText(Path.Combine(folder, "ben.zip"), "");
        Directory.CreateDirectory(Path.Combine(folder, "cy"));
        File.WriteAllText(Path.Combine(folder, "cy", "submission.ZIP"), "");
        var warnings = new List<string>();

        ClassFolder.Open(folder, warnings.Add);

        warnings.Should().Equal(
            "Skipped ben.zip: it is an archive, and a submission is a folder. To grade it, unpack it into a folder of its own here and run again.",
            "cy holds no exercises/ folder (it holds submission.ZIP, still packed; unpack it there): every exercise will be graded as missing.");
    }

    [Fact]
    public void ClassFolder_OnlyArchives_IsRefusedWithTheAdviceToUnpackThem()
    {
        var folder = NewFolder();
        File.WriteAllText(Path.Combine(folder, "ada_1001_submission.zip"), "");
        File.WriteAllText(Path.Combine(folder, "ben_1002_submission.zip"), "");

        var open = () => ClassFolder.Open(folder, _ => { });

        open.Should().Throw<Infrastructure.UserError>().Which.Message.Should().Be(
            $"{folder} holds no submission folders, only 2 archives. Unpack each into a folder of its own here, named after its learner, and run again.");
    }

    [Fact]
    public void ClassFolder_UnpackedFromAZipMadeOnAMac_SkipsTheMetadataFolderInsteadOfGradingIt()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Directory.CreateDirectory(Path.Combine(folder, "__MACOSX", "ada", "exercises"));
        var warnings = new List<string>();

        var submissions = ClassFolder.Open(folder, warnings.Add);

        submissions.Select(submission => submission.Name).Should().Equal("ada");
        warnings.Should().Equal("Skipped __MACOSX: it holds what macOS adds to a zip archive, not a submission.");
    }

    [Fact]
    public void ClassFolder_OutputIsASubmissionsFolder_IsRefusedBeforeGrading()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Correct(folder, "ben", _ => { });

        var open = () => ClassFolder.Open(folder, _ => { }, Path.Combine(folder, "ben"));

        open.Should().Throw<Infrastructure.UserError>().WithMessage("--output is the folder of the submission ben: *Choose a folder outside the class folder*");
    }

    [Fact]
    public void ClassFolder_OutputInsideASubmissionsExercises_IsRefusedBeforeGrading()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Correct(folder, "ben", _ => { });

        var open = () => ClassFolder.Open(folder, _ => { }, Path.Combine(folder, "ben", "exercises", "results"));

        open.Should().Throw<Infrastructure.UserError>().WithMessage("--output is inside the submission ben: the reports would go into a learner's work.*");
    }

    [Fact]
    public void ClassFolder_OutputIsTheClassFolderItself_IsRefusedBeforeGrading()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });

        var open = () => ClassFolder.Open(folder, _ => { }, folder + Path.DirectorySeparatorChar);

        open.Should().Throw<Infrastructure.UserError>().WithMessage("--output is the class folder itself: the reports would lie among the submissions.*");
    }

    [Fact]
    public void ClassFolder_ResultsOfAnEarlierRunInsideTheClass_AreSkippedNotGradedAsAStudent()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var earlier = Directory.CreateDirectory(Path.Combine(folder, "results-monday")).FullName;
        File.WriteAllText(Path.Combine(earlier, ClassGrader.GradebookFile), "submission,total,max\n");
        var warnings = new List<string>();

        var submissions = ClassFolder.Open(folder, warnings.Add, Path.Combine(NewFolder(), "results-tuesday"));

        submissions.Select(submission => submission.Name).Should().Equal("ada");
        warnings.Should().Equal("Skipped results-monday: it holds gradebook.csv, the results of an earlier run, not a submission.");
    }

    [Fact]
    public void ClassFolder_SubmissionThatHoldsAGradebookOfItsOwn_IsStillGraded()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Correct(folder, "ben", exercises => File.WriteAllText(Path.Combine(exercises, "..", ClassGrader.GradebookFile), "submission,total,max\n"));
        var warnings = new List<string>();

        ClassFolder.Open(folder, warnings.Add).Select(submission => submission.Name).Should().Equal("ada", "ben");
        warnings.Should().BeEmpty("a folder that holds exercises/ is a submission, whatever else it holds");
    }

    [Fact]
    public void ClassFolder_ThatDoesNotExistOrIsAFile_SaysWhichOfTheTwo()
    {
        var missing = Path.Combine(NewFolder(), "class");
        var file = _scratch.NewFile();

        var openMissing = () => ClassFolder.Open(missing, _ => { });
        var openFile = () => ClassFolder.Open(file, _ => { });

        openMissing.Should().Throw<Infrastructure.UserError>().WithMessage($"{missing} does not exist. Give a folder that holds one subfolder per submission.");
        openFile.Should().Throw<Infrastructure.UserError>().WithMessage($"{file} is a file. Give a folder that holds one subfolder per submission.");
    }

    [SkippableFact]
    public void ClassFolder_NamedInLatin1_SaysItsNameIsNotUtf8RatherThanThatItDoesNotExist()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "only Linux keeps a name that is not UTF-8 as it is");
        var folder = Path.Combine(NewFolder(), "Übungen");
        Correct(folder, "ada", _ => { });
        var given = Latin1Name.Give(folder);

        var open = () => ClassFolder.Open(given, _ => { });

        open.Should().Throw<Infrastructure.UserError>().WithMessage($"{given}: its name is not UTF-8 text, so the grader cannot open it. " +
            "Rename it, or unpack its archive again with a tool told which encoding the archive's names are in.");
    }

    [Fact]
    public void ClassFolder_GivenAnExercisesFolderUnderAnotherName_IsRefusedAsOneSubmission()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var renamed = Path.Combine(folder, "ada", "my-work");
        Directory.Move(Path.Combine(folder, "ada", "exercises"), renamed);

        var open = () => ClassFolder.Open(renamed, _ => { });

        open.Should().Throw<Infrastructure.UserError>()
            .WithMessage($"{renamed} is one submission (a student edition or its exercises/ folder), not a class folder. Grade it with `grade`*",
                "its subfolders are the course's exercises, not submissions");
    }

    [Fact]
    public void ClassFolder_GivenOneSubmissionOrItsExercisesFolder_IsRefusedWithWhatToDo()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var submission = Path.Combine(folder, "ada");

        foreach (var given in new[] { submission, Path.Combine(submission, "exercises") + Path.DirectorySeparatorChar })
        {
            var open = () => ClassFolder.Open(given, _ => { });

            open.Should().Throw<Infrastructure.UserError>()
                .WithMessage($"{given} is one submission (a student edition or its exercises/ folder), not a class folder. Grade it with `grade`*");
        }

        ClassFolder.Open(folder, _ => { }).Select(found => found.Name).Should().Equal(["ada"], "a class of one submission is still a class");
    }

    [Fact]
    public void ClassFolder_NoSubfolderHoldsExercises_IsRefusedRatherThanGradedAsZeros()
    {
        var folder = NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "ada", "notes"));
        Directory.CreateDirectory(Path.Combine(folder, "ben"));

        var open = () => ClassFolder.Open(folder, _ => { });

        open.Should().Throw<Infrastructure.UserError>().WithMessage(
            $"None of the 2 subfolders of {folder} hold an exercises/ folder, so there is nothing to grade. Give grade-all the folder whose subfolders are the submissions*");
    }

    [Fact]
    public void ClassFolder_OnlySubfolderWithoutExercises_SaysItHoldsNone()
    {
        var folder = NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "ada"));

        var open = () => ClassFolder.Open(folder, _ => { });

        open.Should().Throw<Infrastructure.UserError>().WithMessage($"The one subfolder of {folder} holds no exercises/ folder, so there is nothing to grade.*");
    }

    [Fact]
    public void ClassFolder_SubfolderWithAFileNamedExercises_SaysSo()
    {
        var folder = NewFolder();
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "ada")).FullName, "exercises"), "");

        var open = () => ClassFolder.Open(folder, _ => { });

        open.Should().Throw<Infrastructure.UserError>().WithMessage(
            $"*nothing to grade. {Path.Combine(folder, "ada", "exercises")} is a file where the learner's exercises/ folder should be*");
    }

    [Fact]
    public void ClassFolder_SubmissionsOneLevelDeeper_NamesTheFolderToGive()
    {
        var folder = NewFolder();
        Correct(Directory.CreateDirectory(Path.Combine(folder, "section-a")).FullName, "ada", _ => { });
        Correct(Path.Combine(folder, "section-a"), "ben", _ => { });
        Directory.CreateDirectory(Path.Combine(folder, "section-b"));

        var open = () => ClassFolder.Open(folder, _ => { });

        open.Should().Throw<Infrastructure.UserError>().WithMessage(
            $"*nothing to grade. The submissions seem to sit one level deeper, as in {Path.Combine("section-a", "ada")}: give grade-all {Path.Combine(folder, "section-a")}, *");
    }

    [Fact]
    public void ClassFolder_SomeSubfoldersWithoutExercises_AreGradedAsMissingWithAWarning()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Directory.CreateDirectory(Path.Combine(folder, "ben"));
        var warnings = new List<string>();

        ClassFolder.Open(folder, warnings.Add).Select(submission => submission.Name).Should().Equal("ada", "ben");
        warnings.Should().Equal("ben holds no exercises/ folder: every exercise will be graded as missing.");
    }

    [Fact]
    public void ClassFolder_NameTooLongForItsReports_IsRefusedBeforeGrading()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Directory.CreateDirectory(Path.Combine(folder, new string('L', ClassFolder.MaxNameBytes + 1), "exercises"));

        var open = () => ClassFolder.Open(folder, _ => { });

        open.Should().Throw<Infrastructure.UserError>().WithMessage($"The submission folder LLLL*has a name of {ClassFolder.MaxNameBytes + 1} bytes*at most {ClassFolder.MaxNameBytes} bytes*");
    }

    [Fact]
    public void ClassFolder_OneNameIsAnothersErrorRecord_IsRefusedBeforeGrading()
    {
        var folder = NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "ada", "exercises"));
        Directory.CreateDirectory(Path.Combine(folder, "ada.error", "exercises"));

        var open = () => ClassFolder.Open(folder, _ => { });

        open.Should().Throw<Infrastructure.UserError>().WithMessage("The submission folders ada and ada.error would share the file ada.error.json*");
    }

    [Fact]
    public void ClassFolder_NameAtTheLimit_IsGradedAndItsErrorReportFits()
    {
        var folder = NewFolder();
        var name = new string('L', ClassFolder.MaxNameBytes);
        Directory.CreateDirectory(Path.Combine(folder, name, "exercises"));
        var output = NewFolder();

        var submission = ClassFolder.Open(folder, _ => { }).Single();
        var grader = new ClassGrader(grading.Session, output);
        Infrastructure.AtomicFile.Write(grader.ErrorPath(submission), writer => writer.Write("{}"));

        File.Exists(grader.ErrorPath(submission)).Should().BeTrue("the temporary file beside it must not need a longer name");
    }

    [Fact]
    public async Task GradeAll_Resume_GradesOnlyTheSubmissionsWithoutAResult()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Correct(folder, "ben", _ => { });
        var output = NewFolder();
        var earlier = Path.Combine(output, "ada.json");
        var report = await grading.Session.GradeAsync(Submission.Open(Path.Combine(folder, "ada")));
        AtomicFileWrite(earlier, report with { ExecutionTimeSeconds = 123.45 });
        var before = File.ReadAllText(earlier);

        var outcomes = await new ClassGrader(grading.Session, output).GradeAsync(ClassFolder.Open(folder, _ => { }), 2, resume: true, _ => { });

        outcomes.Single(outcome => outcome.Name == "ada").Resumed.Should().BeTrue();
        outcomes.Single(outcome => outcome.Name == "ben").Resumed.Should().BeFalse();
        File.ReadAllText(earlier).Should().Be(before, "--resume keeps results that are already there");
        File.Exists(Path.Combine(output, "ben.json")).Should().BeTrue();
        File.ReadAllLines(Path.Combine(output, "gradebook.csv")).Should().HaveCount(3);
    }

    [Fact]
    public async Task GradeAll_ResumeWithReportsOfOtherSuitesOrDamaged_GradesThoseAgainAndSaysWhy()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Correct(folder, "ben", _ => { });
        Correct(folder, "cy", _ => { });
        var output = NewFolder();
        var report = await grading.Session.GradeAsync(Submission.Open(Path.Combine(folder, "ada")));
        AtomicFileWrite(Path.Combine(output, "ada.json"), report with { Exercises = report.Exercises.Skip(1).ToList() });
        AtomicFileWrite(Path.Combine(output, "ben.json"), report with
        {
            Submission = "ben",
            Exercises = [report.Exercises[0] with { MaxScore = report.Exercises[0].MaxScore + 1 }, .. report.Exercises.Skip(1)],
        });
        File.WriteAllText(Path.Combine(output, "cy.json"), "{\"version\": 1, \"submission\": ");

        var outcomes = await new ClassGrader(grading.Session, output).GradeAsync(ClassFolder.Open(folder, _ => { }), 2, resume: true, _ => { });

        outcomes.Should().OnlyContain(outcome => !outcome.Resumed && outcome.Error == null && outcome.Report!.Percent == 100);
        outcomes.Select(outcome => outcome.GradedAgainBecause).Should().Equal(
            "its report was made with other hidden suites", "its report was made with other hidden suites", outcomes[2].GradedAgainBecause);
        outcomes[2].GradedAgainBecause.Should().StartWith("its report could not be read (");
        JsonReportReader.Read(File.ReadAllText(Path.Combine(output, "ada.json"))).Exercises.Should().HaveCount(grading.Session.Suites.Count);
    }

    [Fact]
    public async Task GradeAll_ReportOfASubmissionNoLongerInTheClass_IsNamedAsStale()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var output = NewFolder();
        File.WriteAllText(Path.Combine(output, "ben.json"), "{}");
        var grader = new ClassGrader(grading.Session, output);
        var submissions = ClassFolder.Open(folder, _ => { });

        await grader.GradeAsync(submissions, 1, resume: false, _ => { });

        grader.ReportsOfNoSubmission(submissions).Should().Equal("ben.json");
        File.ReadAllLines(Path.Combine(output, "gradebook.csv")).Should().HaveCount(2, "only the class's own submissions are in the gradebook");
    }

    [Fact]
    public async Task GradeAll_GradebookCannotBeWritten_SaysTheReportsAreKeptAndHowToFinish()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var output = NewFolder();
        // In the way of the gradebook as a disk that filled up during grading would be.
        Directory.CreateDirectory(Path.Combine(output, ClassGrader.GradebookFile));

        var grade = () => new ClassGrader(grading.Session, output).GradeAsync(ClassFolder.Open(folder, _ => { }), 1, resume: false, _ => { });

        var error = (await grade.Should().ThrowAsync<Infrastructure.UserError>()).Which.Message;
        error.Should().StartWith($"Cannot write {Path.Combine(output, ClassGrader.GradebookFile)}: ").And.EndWith(
            $". The reports already written (1 of 1) are kept. Make room in {output} (or make it writable), " +
            "then run the same command with --resume: it grades only the submissions without a report, and writes the gradebook.");
        File.Exists(Path.Combine(output, "ada.json")).Should().BeTrue();
    }

    [Fact]
    public async Task GradeAll_NeitherReportNorErrorCanBeWritten_SaysBothInSentences()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var output = NewFolder();
        Directory.CreateDirectory(Path.Combine(output, "ada.json"));
        Directory.CreateDirectory(Path.Combine(output, "ada.error.json"));

        var outcomes = await new ClassGrader(grading.Session, output).GradeAsync(ClassFolder.Open(folder, _ => { }), 1, resume: false, _ => { });

        outcomes.Single().Error.Should().MatchRegex(@"^Cannot write [^ ]*/ada\.json: [^.]+\. The error could not be recorded either: Cannot write [^ ]*/ada\.error\.json: [^.]+\.$",
            "the notice goes on after it with a sentence of its own");
    }

    [Fact]
    public async Task GradeAll_GraderCannotStartWorkers_KeepsEarlierResultsAndRecordsItsOwnError()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        Correct(folder, "ben", _ => { });
        var output = NewFolder();
        var earlier = Path.Combine(output, "ada.json");
        AtomicFileWrite(earlier, await grading.Session.GradeAsync(Submission.Open(Path.Combine(folder, "ada"))));
        var before = File.ReadAllText(earlier);
        var broken = GradingFixture.Limits with { StartupTimeout = TimeSpan.FromMilliseconds(1) };
        using var session = GradingSession.Open(new GradingOptions(grading.Repository.Exercises, grading.Repository.Suites) { Limits = broken, Jobs = 1 }, _ => { });

        var outcomes = await new ClassGrader(session, output).GradeAsync(ClassFolder.Open(folder, _ => { }), 1, resume: false, _ => { });

        outcomes.Should().OnlyContain(outcome => outcome.Error!.Contains("could not start"));
        File.ReadAllText(earlier).Should().Be(before, "a failure of the grader never replaces a result with a worse one");
        File.ReadAllText(Path.Combine(output, "ada.error.json")).Should().Contain("\"status\": \"infrastructure_error\"");
        File.ReadAllLines(Path.Combine(output, "gradebook.csv")).Should().Contain("ben,,,,,,,,", "the gradebook lists the whole class, blank where nothing was measured");
    }

    [Fact]
    public async Task GradeAll_ResumeWithAReportThatLacksTheLastExercise_GradesItAgain()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var output = NewFolder();
        var report = await grading.Session.GradeAsync(Submission.Open(Path.Combine(folder, "ada")));
        var last = report.Exercises.MaxBy(exercise => exercise.Slug, StringComparer.Ordinal);
        AtomicFileWrite(Path.Combine(output, "ada.json"), report with { Exercises = report.Exercises.Where(exercise => exercise != last).ToList() });

        var outcomes = await new ClassGrader(grading.Session, output).GradeAsync(ClassFolder.Open(folder, _ => { }), 1, resume: true, _ => { });

        outcomes.Single().GradedAgainBecause.Should().Be("its report was made with other hidden suites",
            "a report without the last exercise was made before its suite was added");
    }

    [Fact]
    public async Task GradeAll_SubmissionTheGraderFailedOnEarlier_LosesItsErrorRecordOnceGraded()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var output = NewFolder();
        File.WriteAllText(Path.Combine(output, "ada.error.json"), "{}");

        await new ClassGrader(grading.Session, output).GradeAsync(ClassFolder.Open(folder, _ => { }), 1, resume: false, _ => { });

        File.Exists(Path.Combine(output, "ada.json")).Should().BeTrue();
        File.Exists(Path.Combine(output, "ada.error.json")).Should().BeFalse("the grader's failure of an earlier run no longer holds");
    }

    [Fact]
    public void ReportsOfNoSubmission_ErrorRecordOfASubmissionInTheClass_IsNotNamed()
    {
        var folder = NewFolder();
        Correct(folder, "ada", _ => { });
        var output = NewFolder();
        File.WriteAllText(Path.Combine(output, "ada.error.json"), "{}");
        File.WriteAllText(Path.Combine(output, "ben.error.json"), "{}");

        new ClassGrader(grading.Session, output).ReportsOfNoSubmission(ClassFolder.Open(folder, _ => { })).Should().Equal("ben.error.json");
    }

    private static void AtomicFileWrite(string path, GradingReport report) =>
        Infrastructure.AtomicFile.Write(path, output => new JsonReportWriter().Write(report, output));

    private void Correct(string folder, string name, Action<string> change)
    {
        var scenario = grading.Scenario("all-correct");
        var assembled = scenario.Assemble(grading.Repository, Path.Combine(folder, ".staging"));
        var target = Path.Combine(folder, name);
        Directory.Move(assembled, target);
        change(Path.Combine(target, "exercises"));
    }

    private static string Dispatcher(string exercises) => Path.Combine(exercises, "02-dispatch-tool-call", "ToolDispatcher.cs");

    private static ExerciseResult Exercise(IReadOnlyList<SubmissionOutcome> outcomes, string submission, string slug) =>
        outcomes.Single(outcome => outcome.Name == submission).Report!.Exercises.Single(exercise => exercise.Slug == slug);

    private string NewFolder() => _scratch.NewFolder("grader-batch-");

    public void Dispose() => _scratch.Dispose();
}
