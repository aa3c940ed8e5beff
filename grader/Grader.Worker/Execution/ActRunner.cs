using System.Globalization;
using System.Reflection;
using Grader.Suites;
using Grader.Worker.Protocol;

namespace Grader.Worker.Execution;

/// <summary>Runs one test's act and reports what came back, or what was thrown.</summary>
internal static class ActRunner
{
    private const int MaxMessageCharacters = 2_000;

    /// <param name="isAct">Whether an assembly is one of the suite's acts (the test's own, or one it builds on), not learner code.</param>
    public static WorkerEvent Run(Assembly act, string testName, Func<Assembly, bool> isAct)
    {
        AmbientState.Restore();
        try
        {
            var type = act.GetType(testName, throwOnError: true)!;
            var test = (HiddenTest)Activator.CreateInstance(type)!;
            var result = Await(test.Act());
            return new WorkerEvent(WorkerEvent.Completed, testName, Value: ProducedValue.ToJson(result));
        }
        catch (Exception thrown)
        {
            var exception = Unwrap(thrown);
            return new WorkerEvent(WorkerEvent.Completed, testName,
                ExceptionType: exception.GetType().FullName, ExceptionMessage: SafeMessage(exception), ActBrokeAt: SuiteFault.InAct(exception, isAct));
        }
    }

    private static object? Await(object? result)
    {
        if (result is not Task task)
        {
            return result;
        }

        task.GetAwaiter().GetResult();
        var type = task.GetType();
        return type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult"
            ? type.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
            : null;
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        TypeInitializationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    // An exception's Message is learner code too; it may throw or be enormous. What is cut off is counted the way the
    // reports count what they leave out, so a reader can tell the grader's cut from dots of the learner's own.
    private static string SafeMessage(Exception exception)
    {
        try
        {
            var message = exception.Message;
            if (message.Length <= MaxMessageCharacters)
            {
                return message;
            }

            var kept = char.IsHighSurrogate(message[MaxMessageCharacters - 1]) ? MaxMessageCharacters - 1 : MaxMessageCharacters;
            return string.Create(CultureInfo.InvariantCulture, $"{message[..kept]}\n... ({message.Length - kept:N0} more characters not shown)");
        }
        catch (Exception)
        {
            return "(the exception's message could not be read)";
        }
    }
}
