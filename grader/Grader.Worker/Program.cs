using System.Globalization;
using System.IO.Pipes;
using Grader.Worker.Execution;
using Grader.Worker.Protocol;

// Started by the grader as: Grader.Worker <control-in pipe handle> <control-out pipe handle>
if (args.Length != 2)
{
    Console.Error.WriteLine("Grader.Worker is started by the grader; it is not meant to be run by hand.");
    return 64;
}

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
AmbientState.Capture();

using var channel = new ControlChannel(
    new AnonymousPipeClientStream(PipeDirection.In, args[0]),
    new AnonymousPipeClientStream(PipeDirection.Out, args[1]));

AppDomain.CurrentDomain.UnhandledException += (_, e) => ReportFatal(channel, e.ExceptionObject as Exception);

// The secret that seals events is held in this frame's locals only: no lambda captures it and no field or static
// holds it, so learner code cannot reach it by reflection.
if (channel.Receive(ProtocolJson.Default.WorkerRequest) is not { Op: WorkerRequest.Start, Secret: { } secretText, Nonce: { } startNonce })
{
    Console.Error.WriteLine("Grader.Worker expected the grader's start request first.");
    return 64;
}

var secret = Convert.FromHexString(secretText);
Subreaper.Become();
Warmup.Run();
var console = new ExerciseConsole();
var baseline = ProcessActivity.Measure();
var heap = HeapBaseline.Measure();
var names = ThreadNames.Measure();
channel.Send(new WorkerEvent(WorkerEvent.Ready), ProtocolJson.Default.WorkerEvent, new EventSeal(secret, startNonce));

var loaded = new LoadedExercises();
var temp = new TempFolder();
while (channel.Receive(ProtocolJson.Default.WorkerRequest) is { } request)
{
    var seal = new EventSeal(secret, request.Nonce ?? "");
    switch (request.Op)
    {
        case WorkerRequest.Run or WorkerRequest.Continue:
            console.Renew();
            ExerciseSession.Run(channel, request, loaded, seal);
            break;
        case WorkerRequest.Pause:
            var (settled, state) = Hygiene.Pause(temp, baseline, names);
            channel.Send(new WorkerEvent(WorkerEvent.Hygiene, Clean: settled, Message: state), ProtocolJson.Default.WorkerEvent, seal);
            break;
        case WorkerRequest.Finish:
            var (clean, message) = Hygiene.Unload(loaded, request.Exercise ?? "", temp, baseline, heap, names);
            channel.Send(new WorkerEvent(WorkerEvent.Hygiene, Clean: clean, Message: message), ProtocolJson.Default.WorkerEvent, seal);
            break;
    }
}

return 0;

static void ReportFatal(ControlChannel channel, Exception? exception)
{
    try
    {
        var what = exception is null ? "an unknown error" : $"{exception.GetType().Name}: {exception.Message}";
        channel.Send(new WorkerEvent(WorkerEvent.Fatal, Message: $"{WorkerEvent.EscapedException} ({what})"), ProtocolJson.Default.WorkerEvent);
    }
    catch (Exception)
    {
        // The process is going down anyway; the grader reports the crash from the exit code.
    }
}
