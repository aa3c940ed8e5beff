using System.Xml;

namespace Grader.Reports;

/// <summary>
/// JUnit XML for CI test reporters (GitHub, GitLab, Jenkins): one <c>testsuite</c> per exercise, one
/// <c>testcase</c> per test with the exercise slug as its class name. An exercise whose status is not "graded"
/// (it did not compile, is missing, crashed or timed out) gets one more test case that errors, named after what went
/// wrong ("Exercise compiles") and holding the exercise's summary, which JUnit has no other place for.
/// </summary>
internal sealed class JUnitReportWriter : IReportWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        OmitXmlDeclaration = true,
    };

    private const int MaxSummaryCharacters = 500;

    public string Format => "junit";

    public string FileExtension => ".junit.xml";

    public void Write(GradingReport report, TextWriter output)
    {
        var suites = report.Exercises.Select(JUnitSuite.From).ToList();

        // The declaration is written by hand: XmlWriter would name the TextWriter's encoding, which for a
        // StringWriter is UTF-16, whereas the file on disk is UTF-8.
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using (var xml = XmlWriter.Create(output, Settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", VisibleText.OneLine(report.Submission));
            WriteCounts(xml, suites.SelectMany(suite => suite.Cases).ToList());
            xml.WriteAttributeString("time", ReportNumbers.Seconds(report.ExecutionTimeSeconds));
            foreach (var suite in suites)
            {
                WriteSuite(xml, suite);
            }

            xml.WriteEndElement();
        }

        output.Write('\n');
    }

    private static void WriteSuite(XmlWriter xml, JUnitSuite suite)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", suite.Name);
        WriteCounts(xml, suite.Cases);

        // Times are measured per exercise, not per test, so test cases leave theirs out.
        xml.WriteAttributeString("time", ReportNumbers.Seconds(suite.Seconds));
        foreach (var testCase in suite.Cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", suite.Name);
            xml.WriteAttributeString("name", testCase.Name);
            if (testCase.Outcome != JUnitOutcome.Passed)
            {
                // GitLab shows only the element's text and Jenkins mostly the message, so both are written.
                xml.WriteStartElement(testCase.Outcome == JUnitOutcome.Failure ? "failure" : "error");
                xml.WriteAttributeString("message", Summary(testCase.Message));
                xml.WriteAttributeString("type", testCase.Type);
                xml.WriteString(testCase.Message);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// The first line of a message, short enough for a CI page's list of failures. A first line that ends with a colon
    /// ("The code does not compile:") says nothing on its own, so the line it announces comes with it.
    /// </summary>
    private static string Summary(string message)
    {
        var lines = message.Split('\n', 3);
        var summary = lines.Length > 1 && lines[0].EndsWith(':') ? $"{lines[0]} {lines[1]}" : lines[0];
        return LongText.Shorten(summary, MaxSummaryCharacters).Replace('\n', ' ');
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<JUnitCase> cases)
    {
        xml.WriteAttributeString("tests", Count(cases.Count));
        xml.WriteAttributeString("failures", Count(cases.Count(testCase => testCase.Outcome == JUnitOutcome.Failure)));
        xml.WriteAttributeString("errors", Count(cases.Count(testCase => testCase.Outcome == JUnitOutcome.Error)));
        xml.WriteAttributeString("skipped", "0");
    }

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
