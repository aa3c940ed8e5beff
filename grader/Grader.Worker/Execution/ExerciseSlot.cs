namespace Grader.Worker.Execution;

/// <summary>
/// Where the worker keeps the exercise it has loaded. The context lives in this field and never in a local of
/// the worker's main loop: a frame that lasts as long as the process could keep it reachable (unoptimized code
/// keeps every local alive to the end of its method), and it could then never be unloaded.
/// </summary>
internal sealed class ExerciseSlot
{
    public ExerciseLoadContext? Context { get; set; }
}
