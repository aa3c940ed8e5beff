using System.Reflection;
using Grader.Worker.Protocol;

namespace Grader.Worker.Execution;

/// <summary>Loads one exercise of one submission and runs its tests in order, reporting each as it goes.</summary>
internal static class ExerciseSession
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Run(ControlChannel channel, WorkerRequest request, ExerciseSlot slot)
    {
        // The key lives only in this frame and the request: no field or static holds it, so learner code cannot
        // find it by reflection and forge an event.
        var key = request.Key;
        Assembly act;
        try
        {
            slot.Context = new ExerciseLoadContext(request.Learner!);
            act = slot.Context.LoadAct(request.Act!);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or ArgumentException)
        {
            Send(channel, key, new WorkerEvent(WorkerEvent.LoadFailed, Message: exception.Message));
            return;
        }

        Send(channel, key, new WorkerEvent(WorkerEvent.Loaded));
        foreach (var test in request.Tests ?? [])
        {
            Send(channel, key, new WorkerEvent(WorkerEvent.Started, test));
            Send(channel, key, ActRunner.Run(act, test));
        }

        Send(channel, key, new WorkerEvent(WorkerEvent.Finished));
    }

    private static void Send(ControlChannel channel, string? key, WorkerEvent message) =>
        channel.Send(message with { Key = key }, ProtocolJson.Default.WorkerEvent);
}
