using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

public class ToolDefinitionFuzzTests
{
    private const int Cases = 2000;
    private const int Seed = 20240611;

    [Fact]
    public void JsonInputAndValidator_TwoThousandBrokenTools_OnlyEverReportProblems()
    {
        var mutator = new ToolJsonMutator(Seed);
        var failures = new List<string>();
        var outcomes = new Dictionary<Outcome, int>();
        var clock = Stopwatch.StartNew();

        for (var index = 0; index < Cases; index++)
        {
            var input = mutator.Next();
            var (outcome, failure) = Run(input, index);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (failure is not null)
            {
                failures.Add($"case {index} ({input.Mutation}): {failure}\n  input: {Teaching.Quote(Show(input))}");
            }
        }

        failures.Should().BeEmpty("every broken input must end in a JsonInputException or a list of problems, but:\n{0}",
            string.Join("\n", failures.Take(5)));
        // Both halves must get real work, or the run proves nothing about one of them.
        outcomes.GetValueOrDefault(Outcome.Rejected).Should().BeGreaterThan(Cases / 4, "many inputs should be unreadable JSON");
        outcomes.GetValueOrDefault(Outcome.Validated).Should().BeGreaterThan(Cases / 4, "many inputs should reach the validator");
        // Generous, so that a busy machine does not fail it; it catches checks that blow up on some shape.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "no input should make the checks crawl");
    }

    private enum Outcome
    {
        Rejected,
        Validated,
        Crashed,
    }

    private static (Outcome, string?) Run(FuzzInput input, int index)
    {
        var node = input.Node;
        if (input.Text is not null)
        {
            var limits = index % 5 == 0 ? new JsonInputLimits(MaxBytes: 1 + (index % 3000), MaxDepth: 1 + (index % 64)) : null;
            try
            {
                node = JsonInput.Parse(input.Text, "tool.json", limits);
            }
            catch (JsonInputException)
            {
                return (Outcome.Rejected, null);
            }
            catch (Exception exception)
            {
                return (Outcome.Crashed, $"JsonInput.Parse threw {exception.GetType().Name}: {exception.Message}");
            }
        }

        try
        {
            var parameters = ((node as JsonObject)?["function"] as JsonObject)?["parameters"] ?? node;
            var problems = ToolDefinitionValidator.Validate(node, "$.tools[0]")
                .Concat(StrictSchemaRules.Validate(parameters, "f", "$.tools[0].function.parameters"));
            var safetyNet = problems.FirstOrDefault(problem => problem.Message.Contains("the checks stopped early", StringComparison.Ordinal));
            return safetyNet is null ? (Outcome.Validated, null) : (Outcome.Crashed, safetyNet.Message);
        }
        catch (Exception exception)
        {
            return (Outcome.Crashed, $"validation threw {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static string? Show(FuzzInput input)
    {
        try
        {
            return input.Text ?? input.Node?.ToJsonString();
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return $"(a node that cannot be printed: {exception.Message})";
        }
    }
}
