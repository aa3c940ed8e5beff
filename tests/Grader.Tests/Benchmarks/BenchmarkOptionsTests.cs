using Grader.Benchmarks;

namespace Grader.Tests.Benchmarks;

/// <summary>A mistyped option must stop the benchmark with its usage, not run it for minutes with its defaults.</summary>
public class BenchmarkOptionsTests
{
    [Fact]
    public void Parse_NoOptions_GivesTheDefaultsTheUsageNames()
    {
        var options = BenchmarkOptions.Parse([]);

        options.Should().Be(new BenchmarkOptions(100, 6, Environment.ProcessorCount, Runs: 1, Keep: false));
        BenchmarkOptions.Usage.Should().Contain("default 100").And.Contain("default 6").And.Contain("--runs N");
    }

    [Fact]
    public void Parse_EveryOption_ReadsEach()
    {
        var options = BenchmarkOptions.Parse(["--submissions", "12", "--keep", "--baseline", "0", "--jobs", "3", "--runs", "5"]);

        options.Should().Be(new BenchmarkOptions(12, 0, 3, Runs: 5, Keep: true));
    }

    [Theory]
    [InlineData(new[] { "--submission", "12" }, "Unknown option '--submission'.")]
    [InlineData(new[] { "--help" }, "Unknown option '--help'.")]
    [InlineData(new[] { "--submissions", "2" }, "--submissions needs a whole number of at least 3, not '2'.")]
    [InlineData(new[] { "--jobs", "0" }, "--jobs needs a whole number of at least 1, not '0'.")]
    [InlineData(new[] { "--baseline", "-1" }, "--baseline needs a whole number of at least 0, not '-1'.")]
    [InlineData(new[] { "--submissions", "many" }, "--submissions needs a whole number of at least 3, not 'many'.")]
    [InlineData(new[] { "--jobs" }, "--jobs needs a whole number of at least 1.")]
    [InlineData(new[] { "--runs", "0" }, "--runs needs a whole number of at least 1, not '0'.")]
    public void Parse_OptionItCannotUse_SaysWhichAndWhy(string[] args, string message)
    {
        var parse = () => BenchmarkOptions.Parse(args);

        parse.Should().Throw<BenchmarkUsageException>().WithMessage(message);
    }
}
