using System.Globalization;
using Grader.Infrastructure;

namespace Grader.Execution;

/// <summary>Knows where the worker and the .NET host are, and the environment a worker starts with.</summary>
internal sealed class WorkerCommandFactory(GradingLimits limits)
{
    private readonly string _workerAssembly = Path.Combine(AppContext.BaseDirectory, "Grader.Worker.dll");
    private readonly string _dotnetHost = DotnetHost.Path;

    public WorkerCommand Create(IReadOnlyList<string> arguments, string scratchDirectory) => new(
        _dotnetHost,
        _workerAssembly,
        arguments,
        new Dictionary<string, string>
        {
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
            ["HOME"] = scratchDirectory,
            ["TMPDIR"] = scratchDirectory,
            ["LANG"] = "C.UTF-8",
            ["DOTNET_ROOT"] = Path.GetDirectoryName(_dotnetHost)!,
            ["DOTNET_GCHeapHardLimit"] = limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture),
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_TieredPGO"] = "0",
            // A worker compiles fresh code for every exercise and frees it when the exercise unloads. Under the
            // runtime's W^X protection each piece of that code is mapped twice and remapped on every write, and
            // unmapping flushes other cores' TLBs. Turned off, workers used about a tenth less processor time over
            // a class of 100. It guards the runtime against native exploits; learner code stays confined by the
            // process boundary and the sandbox, which do not depend on it.
            ["DOTNET_EnableWriteXorExecute"] = "0",
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        },
        scratchDirectory,
        limits.TempFolderBytes);
}
