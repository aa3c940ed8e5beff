using Grader.Infrastructure;

namespace Grader.Tests.Cli;

public class SentenceTests
{
    [Theory]
    [InlineData("No space left on device : '/data/out'", "No space left on device : '/data/out'.")]
    [InlineData("Access denied.", "Access denied.")]
    [InlineData("Disk quota exceeded \n", "Disk quota exceeded.")]
    public void Of_SystemMessage_EndsWithOneFullStop(string message, string sentence) =>
        Sentence.Of(message).Should().Be(sentence);
}
