using System.Text.Json.Nodes;
using Grader.Grading;

namespace Grader.Tests.Grading;

/// <summary>The record a batch leaves when the grader itself failed on a submission: for the instructor who opens it.</summary>
public class InfrastructureErrorTests
{
    [Fact]
    public void Json_NameAndErrorWithQuotesAndOddCharacters_AreWrittenAsTheReportsWriteThem()
    {
        var json = InfrastructureError.Json("zoë\u202Efdp.exe", new IOException("Could not find file '/tmp/x.cs'."));

        json.Should().Contain("\"submission\": \"zoë").And.Contain("'/tmp/x.cs'", "the file is read by people, so it escapes only what JSON requires");
        json.Should().NotContain("\u202E", "a character that reverses the text after it is spelled out, as in the reports");
        JsonNode.Parse(json)!["status"]!.GetValue<string>().Should().Be("infrastructure_error");
    }
}
