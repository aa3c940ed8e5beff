using Grader.Grading;

namespace Grader.Tests.Grading;

public class ReportFileClashTests
{
    [Fact]
    public void Find_SubmissionNamedLikeAnotherOnesErrorRecord_IsAClashOnThatFile()
    {
        var clash = ReportFileClash.Find(["ben", "ada.error", "ada"], ignoringCase: false);

        clash.Should().Be(new ReportFileClash("ada", "ada.error", "ada.error.json", IgnoringCase: false));
        clash!.Message.Should().Be("The submission folders ada and ada.error would share the file ada.error.json in the results folder, " +
            "so the results of one could erase those of the other. Rename one of them and run again.");
    }

    [Fact]
    public void Find_NamesDifferingOnlyInCase_AreNoClashWhereTheFileSystemTellsThemApart() =>
        ReportFileClash.Find(["Ada", "ada", "ADA.error"], ignoringCase: false).Should().BeNull();

    [Fact]
    public void Find_NamesDifferingOnlyInCase_AreAClashWhereTheFileSystemIgnoresCase()
    {
        var clash = ReportFileClash.Find(["ada", "Ada", "ben"], ignoringCase: true);

        clash.Should().Be(new ReportFileClash("Ada", "ada", "ada.json", IgnoringCase: true));
        clash!.Message.Should().Contain("Ada and ada would share the file ada.json in the results folder, whose file system does not tell upper from lower case");
    }

    [Fact]
    public void Find_ErrorRecordClashingInCaseAlone_IsFoundWhereTheFileSystemIgnoresCase() =>
        ReportFileClash.Find(["ada", "ADA.error"], ignoringCase: true)!.FileName.Should().Be("ada.error.json");

    [Fact]
    public void Find_DistinctNames_IsNoClash() =>
        ReportFileClash.Find(["ada", "ben", "ada-error"], ignoringCase: true).Should().BeNull();
}
