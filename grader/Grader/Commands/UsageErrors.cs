using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;

namespace Grader.Cli.Commands;

/// <summary>
/// What a command line that could not be parsed gets instead of the parser's own output: "Error: ", each problem in
/// words that name this command's options and arguments, a suggestion for a mistyped option, and the one usage line
/// the command has, rather than its whole help.
/// </summary>
public static class UsageErrors
{
    private const int MostEditsForASuggestion = 2;

    public static int Write(ParseResult parse, TextWriter errors)
    {
        var problems = Describe(parse).Distinct().ToList();
        if (problems.Count == 1)
        {
            errors.WriteLine($"Error: {problems[0]}");
        }
        else
        {
            errors.WriteLine($"Error: the command line has {problems.Count} problems:");
            problems.ForEach(problem => errors.WriteLine($"  - {problem}"));
        }

        var command = parse.CommandResult;
        errors.WriteLine();
        errors.WriteLine($"Usage: {Usage(command)}");
        errors.WriteLine($"Run '{PathOf(command)} --help' to see every option.");
        return ExitCodes.UsageOrInput;
    }

    /// <summary>
    /// Values of the command's arguments that look like options and name no file or folder: an option mistyped before
    /// the argument, which the parser took for the argument itself (<c>grade --fromat json sub</c>).
    /// </summary>
    public static IReadOnlyList<string> MisreadOptions(ParseResult parse) =>
        parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Select(token => token.Value)
            .Where(value => IsOption(value) && !Path.Exists(value))
            .ToList();

    private static IEnumerable<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult;
        var unmatched = parse.UnmatchedTokens.ToList();
        if (command.Command.Subcommands.Count > 0)
        {
            // The root: whatever else is wrong, no command was named.
            yield return NoCommand(command.Command, unmatched);
            yield break;
        }

        foreach (var option in MisreadOptions(parse))
        {
            yield return UnknownOption(command, option);
            // Its value, if one follows, and the argument it pushed out are no extra arguments: the option is the mistake.
            if (unmatched.FirstOrDefault(token => !IsOption(token)) is { } next && FollowsDirectly(parse, option, next))
            {
                unmatched.Remove(next);
            }

            if (unmatched.FirstOrDefault(token => !IsOption(token)) is { } displaced)
            {
                unmatched.Remove(displaced);
            }
        }

        for (var index = 0; index < unmatched.Count; index++)
        {
            var token = unmatched[index];
            if (IsOption(token))
            {
                yield return UnknownOption(command, token);
                // The value typed after an unknown option is no extra argument of its own; the option is the mistake.
                if (index + 1 < unmatched.Count && !IsOption(unmatched[index + 1]) && FollowsDirectly(parse, token, unmatched[index + 1]))
                {
                    index++;
                }
            }
            else
            {
                yield return $"'{token}' is one argument too many: {command.Command.Name} takes {Arguments(command.Command, "nothing but options")}.";
            }
        }

        // What the command needs first, in the order of its usage line: its arguments, then its required options.
        foreach (var error in parse.Errors.Where(error => !IsAboutUnmatched(error, parse.UnmatchedTokens)).OrderBy(error => error.SymbolResult is ArgumentResult ? 0 : 1))
        {
            yield return error.SymbolResult switch
            {
                ArgumentResult { Argument: var argument, Tokens.Count: 0 } =>
                    $"{command.Command.Name} needs <{argument.Name}>, {Lowercase(argument.Description)}",
                OptionResult { Option: { Required: true } option, Tokens.Count: 0 } =>
                    $"{command.Command.Name} needs {option.Name}: {Lowercase(option.Description)}",
                OptionResult { Option: var option, Tokens: [var token] } when NotAmong(option, token.Value) is { } allowed =>
                    $"{option.Name} does not accept '{token.Value}'. Use {allowed}.",
                OptionResult { Option: var option, Tokens.Count: 0 } =>
                    $"{option.Name} needs a value after it{(NotAmong(option, "") is { } allowed ? $": {allowed}" : "")}.",
                _ => error.Message,
            };
        }
    }

    private static string NoCommand(Command root, IReadOnlyList<string> unmatched)
    {
        var names = root.Subcommands.Select(command => command.Name).ToList();
        var list = string.Join(", ", names.SkipLast(1)) + " or " + names[^1];
        var typed = unmatched.FirstOrDefault();
        if (typed is null)
        {
            return $"name a command: {list}.";
        }

        if (IsOption(typed))
        {
            return $"name a command before its options ({typed}): {list}.";
        }

        var suggestion = Closest(typed, names);
        return suggestion is null
            ? $"there is no command '{typed}'. The commands are {list}."
            : $"there is no command '{typed}'. Did you mean {suggestion}?";
    }

    private static string UnknownOption(CommandResult command, string token)
    {
        var name = token.Split('=', 2)[0];
        var suggestion = Closest(name, OptionsOf(command).SelectMany(option => option.Aliases.Prepend(option.Name)).Where(IsOption));
        return suggestion is null
            ? $"{command.Command.Name} has no option {name}."
            : $"{command.Command.Name} has no option {name}. Did you mean {suggestion}?";
    }

    // The command's own options, and those its parents share with their subcommands.
    private static IEnumerable<Option> OptionsOf(CommandResult command) =>
        CommandAndParents(command).SelectMany((owner, depth) => owner.Options.Where(option => depth == 0 || option.Recursive));

    private static IEnumerable<Command> CommandAndParents(CommandResult command)
    {
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var owner })
            {
                yield return owner;
            }
        }
    }

    /// <returns>The values the option accepts, listed, when it has a fixed set and the value is not among them.</returns>
    private static string? NotAmong(Option option, string value)
    {
        var values = option.GetCompletions(CompletionContext.Empty).Select(completion => completion.Label).ToList();
        return values.Count == 0 || values.Contains(value, StringComparer.Ordinal)
            ? null
            : string.Join(", ", values.SkipLast(1).Select(Quoted)) + " or " + Quoted(values[^1]);
    }

    private static string Quoted(string value) => $"'{value}'";

    private static string? Closest(string typed, IEnumerable<string> candidates) => candidates
        .Select(candidate => (candidate, edits: Edits(typed, candidate)))
        .Where(pair => pair.edits <= MostEditsForASuggestion && pair.edits < pair.candidate.Length / 2)
        .OrderBy(pair => pair.edits)
        .Select(pair => pair.candidate)
        .FirstOrDefault();

    private static int Edits(string from, string to)
    {
        var previous = Enumerable.Range(0, to.Length + 1).ToArray();
        for (var i = 1; i <= from.Length; i++)
        {
            var current = new int[to.Length + 1];
            current[0] = i;
            for (var j = 1; j <= to.Length; j++)
            {
                var substitution = previous[j - 1] + (char.ToLowerInvariant(from[i - 1]) == char.ToLowerInvariant(to[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[^1];
    }

    private static bool IsAboutUnmatched(ParseError error, IReadOnlyList<string> unmatched) =>
        error.SymbolResult is CommandResult && unmatched.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal));

    private static bool FollowsDirectly(ParseResult parse, string option, string value)
    {
        var tokens = parse.Tokens.Select(token => token.Value).ToList();
        var at = tokens.IndexOf(option);
        return at >= 0 && at + 1 < tokens.Count && tokens[at + 1] == value && !option.Contains('=', StringComparison.Ordinal);
    }

    private static bool IsOption(string token) => token.StartsWith('-') && token.Length > 1;

    private static string Usage(CommandResult command) => command.Command.Subcommands.Count > 0
        ? $"{PathOf(command)} <command> [options]"
        : $"{PathOf(command)} {Arguments(command.Command, "")} [options]".Replace("  ", " ", StringComparison.Ordinal);

    private static string Arguments(Command command, string whenNone) =>
        command.Arguments.Count == 0 ? whenNone : string.Join(' ', command.Arguments.Select(argument => $"<{argument.Name}>"));

    private static string PathOf(CommandResult command) => string.Join(' ', CommandAndParents(command).Select(owner => owner.Name).Reverse());

    private static string Lowercase(string? description) => string.IsNullOrEmpty(description)
        ? "it has no default."
        : char.ToLowerInvariant(description[0]) + description[1..];
}
