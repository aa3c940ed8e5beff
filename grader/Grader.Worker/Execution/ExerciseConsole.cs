using System.Text;

namespace Grader.Worker.Execution;

/// <summary>
/// Gives each exercise console writers of its own over the worker's standard output and error, which are opened once,
/// before the worker measures what it has running. Opened later, by learner code's first print, they would leave one
/// more thread and open pipe behind, and the worker would be retired as if the code had left them. A writer of its own
/// per exercise also means that a lock one learner's code takes on Console.Out and never lets go holds up no later
/// learner's prints.
/// </summary>
internal sealed class ExerciseConsole
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _output = Console.OpenStandardOutput();
    private readonly Stream _errors = Console.OpenStandardError();

    // The console's first write also starts the runtime's signal-handling thread, which would otherwise count as a
    // thread left running by the code that printed first. Writing nothing is enough.
    public ExerciseConsole() => _output.Write([]);

    public void Renew()
    {
        Console.SetOut(WriterOver(_output));
        Console.SetError(WriterOver(_errors));
    }

    private static TextWriter WriterOver(Stream stream) =>
        TextWriter.Synchronized(new StreamWriter(stream, Utf8, bufferSize: 256, leaveOpen: true) { AutoFlush = true });
}
