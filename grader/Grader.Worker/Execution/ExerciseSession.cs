using System.Reflection;
using Grader.Worker.Protocol;

namespace Grader.Worker.Execution;

/// <summary>Loads one exercise of one submission and runs its tests in order, reporting each as it goes.</summary>
internal static class ExerciseSession
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Run(ControlChannel channel, WorkerRequest request, ExerciseSlot slot)
    {
        Assembly act;
        try
        {
            slot.Context = new ExerciseLoadContext(request.Learner!);
            act = slot.Context.LoadAct(request.Act!);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or ArgumentException)
        {
            Send(channel, new WorkerEvent(WorkerEvent.LoadFailed, Message: exception.Message));
            return;
        }

        Send(channel, new WorkerEvent(WorkerEvent.Loaded));
        foreach (var test in request.Tests ?? [])
        {
            Send(channel, new WorkerEvent(WorkerEvent.Started, test));
            Send(channel, ActRunner.Run(act, test));
        }

        Send(channel, new WorkerEvent(WorkerEvent.Finished));
    }

    private static void Send(ControlChannel channel, WorkerEvent message) => channel.Send(message, ProtocolJson.Default.WorkerEvent);
}
