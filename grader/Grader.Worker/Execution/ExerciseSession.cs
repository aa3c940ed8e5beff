using System.Reflection;
using Grader.Worker.Protocol;

namespace Grader.Worker.Execution;

/// <summary>
/// Loads one exercise of one submission, or another act assembly beside an exercise already loaded, and runs its tests
/// in order, reporting each as it goes.
/// </summary>
internal static class ExerciseSession
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Run(ControlChannel channel, WorkerRequest request, LoadedExercises loaded, EventSeal seal)
    {
        Assembly act;
        ExerciseLoadContext context;
        try
        {
            var name = request.Exercise ?? "";
            if (request.Op == WorkerRequest.Run)
            {
                loaded.Load(name, request.Learner!);
            }

            context = loaded.Find(name) ?? throw new InvalidOperationException($"there is no exercise '{name}' to continue: none of that name is loaded");
            if (request is { Op: WorkerRequest.Run, ActsBeneath: { } beneath })
            {
                context.LoadAct(beneath);
            }

            act = context.LoadAct(request.Act!);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or ArgumentException or InvalidOperationException)
        {
            Send(channel, seal, new WorkerEvent(WorkerEvent.LoadFailed, Message: exception.Message));
            return;
        }

        Send(channel, seal, new WorkerEvent(WorkerEvent.Loaded));
        foreach (var test in request.Tests ?? [])
        {
            Send(channel, seal, new WorkerEvent(WorkerEvent.Started, test));
            Send(channel, seal, ActRunner.Run(act, test, context.IsAct));
        }

        Send(channel, seal, new WorkerEvent(WorkerEvent.Finished));
    }

    // The seal is passed down, never stored: no field or static holds it, so learner code cannot find it by reflection.
    private static void Send(ControlChannel channel, EventSeal seal, WorkerEvent message) =>
        channel.Send(message, ProtocolJson.Default.WorkerEvent, seal);
}
