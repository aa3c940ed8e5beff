using System.Text;
using Grader.Suites;
using Grader.Tests.Grading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Tests.Suites;

/// <summary>Expected values stay in the grader: the copy of a suite that runs next to learner code has none.</summary>
[Collection(GradingCollection.Name)]
public class ActIsolationTests(GradingFixture grading)
{
    [Fact]
    public void ActOnly_SuiteWithChecksAndGraderOnlyMembers_KeepsOnlyTheActs()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            public sealed class Sample : HiddenTest
            {
                [GraderOnly] private const string Shared = "SECRET-SHARED";
                public override object? Act() => "INPUT-VISIBLE";
                public override void Check(Produced produced) => throw new Exception("SECRET-EXPECTED");
            }
            """);

        var act = SuiteSplitter.ActOnly(tree).ToString();

        act.Should().Contain("INPUT-VISIBLE").And.NotContain("SECRET-EXPECTED").And.NotContain("SECRET-SHARED");
        act.Should().Contain("public override void Check(Produced produced)", "the override stays, only its body goes");
    }

    [Theory]
    [InlineData("GraderOnlyAttribute")]
    [InlineData("Grader.Suites.GraderOnly")]
    public void ActOnly_GraderOnlyWrittenInFull_IsRemovedAsWell(string attribute)
    {
        var tree = CSharpSyntaxTree.ParseText($$"""
            public sealed class Sample : HiddenTest
            {
                [{{attribute}}] private static readonly string Expected = "SECRET-FIELD";
                [{{attribute}}] private static string Wanted => "SECRET-PROPERTY";
                [{{attribute}}] private static string Expect() => "SECRET-METHOD";
                public override object? Act() => "INPUT-VISIBLE";
                public override void Check(Produced produced) { }
            }
            """);

        var act = SuiteSplitter.ActOnly(tree).ToString();

        act.Should().Contain("INPUT-VISIBLE").And.NotContain("SECRET");
    }

    [Fact]
    public void ActOnly_HelperNamedCheckThatOverridesNothing_KeepsItsBody()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            public sealed class Sample : HiddenTest
            {
                private static int Check(int rounds) => rounds + 1;
                public override object? Act() => Check(1);
                public override void Check(Produced produced) { }
            }
            """);

        var act = SuiteSplitter.ActOnly(tree).ToString();

        act.Should().Contain("=> rounds + 1", "only the override of HiddenTest.Check loses its body: the act may call a helper of that name");
    }

    [Fact]
    public void CompiledSuites_ActImages_HoldNoStringThatOnlyAChecksUses()
    {
        foreach (var suite in grading.Session.Suites)
        {
            var folder = Path.Combine(grading.Repository.Suites, suite.Exercise.Slug);
            var trees = Directory.EnumerateFiles(folder, "*.cs").Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path))).ToList();
            // What the acts write themselves: their strings, and their names (anonymous types turn names into strings).
            var inActs = Literals(trees, inChecks: false).Concat(Names(trees)).ToHashSet();
            // A check's value is a secret unless the acts use the same text (an input also named in a check).
            var secrets = Literals(trees, inChecks: true)
                .Where(literal => literal.Length >= 4 && !inActs.Any(act => act.Contains(literal, StringComparison.Ordinal)))
                .ToList();
            var images = new[] { suite.VisibleActImage, suite.HiddenActImage }.Select(image => Encoding.Unicode.GetString(image)).ToList();

            secrets.Should().NotBeEmpty("every suite's checks hold expected values of their own ({0})", suite.Exercise.Slug);
            secrets.Where(secret => images.Any(image => image.Contains(secret))).Should()
                .BeEmpty("the act images of {0} must not carry what only its checks know", suite.Exercise.Slug);
        }
    }

    [Fact]
    public void CompiledSuites_VisibleActImages_HoldTheVisibleTestsOnly()
    {
        foreach (var suite in grading.Session.Suites)
        {
            var image = Encoding.UTF8.GetString(suite.VisibleActImage);
            var (visible, others) = (suite.Tests.Where(test => test.Visibility == Visibility.Visible).ToList(),
                suite.Tests.Where(test => test.Visibility != Visibility.Visible).ToList());

            visible.Should().NotBeEmpty("every suite has visible tests ({0})", suite.Exercise.Slug);
            others.Should().NotBeEmpty("every suite has tests that are not visible ({0})", suite.Exercise.Slug);
            visible.Should().OnlyContain(test => image.Contains(test.CheckType.Name), "the visible tests run with this image ({0})", suite.Exercise.Slug);
            others.Should().NotContain(test => image.Contains(test.CheckType.Name),
                "no other test's act may be in the process while a visible test runs ({0})", suite.Exercise.Slug);
        }
    }

    private static HashSet<string> Literals(IEnumerable<SyntaxTree> trees, bool inChecks) => trees
        .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
        .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && IsInCheck(literal) == inChecks)
        .Select(literal => literal.Token.ValueText)
        .ToHashSet();

    private static IEnumerable<string> Names(IEnumerable<SyntaxTree> trees) => trees
        .SelectMany(tree => tree.GetRoot().DescendantTokens())
        .Where(token => token.IsKind(SyntaxKind.IdentifierToken) && !IsInCheck(token.Parent!))
        .Select(token => token.ValueText);

    private static bool IsInCheck(SyntaxNode node) =>
        node.Ancestors().OfType<MethodDeclarationSyntax>().Any(method => method.Identifier.Text == "Check")
        || node.Ancestors().OfType<MemberDeclarationSyntax>().Any(member => member.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.Name.ToString().StartsWith("GraderOnly", StringComparison.Ordinal)));
}
