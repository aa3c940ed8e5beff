using Grader.Reports;

namespace Grader.Tests.Reports;

public class ReportNumbersTests
{
    [Theory]
    [InlineData(2.0, "2")]
    [InlineData(1.5, "1.5")]
    [InlineData(1.0 / 3, "0.33")]
    [InlineData(0.125, "0.13")]
    [InlineData(2.999, "3")]
    [InlineData(-0.001, "0")]
    [InlineData(1234567, "1234567")]
    public void Points_AnyScore_WholeAsIntegerOtherwiseAtMostTwoDecimals(double points, string expected) =>
        ReportNumbers.Points(points).Should().Be(expected);

    [Theory]
    [InlineData(1, "1.00")]
    [InlineData(3.2109, "3.21")]
    [InlineData(0.005, "0.01")]
    public void Seconds_AnyDuration_ExactlyTwoDecimals(double seconds, string expected) =>
        ReportNumbers.Seconds(seconds).Should().Be(expected);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Points_NotAFiniteNumber_Throws(double points)
    {
        var format = () => ReportNumbers.Points(points);

        format.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A report can only hold finite numbers*");
    }
}
