using Grader.Reports;

namespace Grader.Tests.Reports;

public class ReportFormatsTests
{
    [Fact]
    public void Names_AllFormats_TextFirstAndEachWithItsOwnFileExtension()
    {
        ReportFormats.Names.Should().Equal("text", "json", "gradescope", "junit", "markdown");
        ReportFormats.Default.Format.Should().Be("text");
        ReportFormats.Names.Select(name => ReportFormats.Find(name).FileExtension).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("junit", typeof(JUnitReportWriter))]
    [InlineData("JSON", typeof(JsonReportWriter))]
    [InlineData(" markdown ", typeof(MarkdownReportWriter))]
    [InlineData("Gradescope", typeof(GradescopeReportWriter))]
    public void TryFind_KnownNameInAnyCase_FindsItsWriter(string name, Type writerType)
    {
        ReportFormats.TryFind(name, out var writer, out var error).Should().BeTrue();

        writer.Should().BeOfType(writerType);
        error.Should().BeEmpty();
    }

    [Fact]
    public void TryFind_UnknownName_ListsTheValidNames()
    {
        ReportFormats.TryFind("xml", out var writer, out var error).Should().BeFalse();

        writer.Should().BeNull();
        error.Should().Be("There is no report format called \"xml\". Choose one of: text, json, gradescope, junit, markdown.");
    }

    [Fact]
    public void Find_UnknownName_ThrowsWithTheSameMessage()
    {
        var find = () => ReportFormats.Find("csv");

        find.Should().Throw<UnknownReportFormatException>()
            .WithMessage("There is no report format called \"csv\". Choose one of: text, json, gradescope, junit, markdown.");
    }
}
