namespace Grader.Execution;

/// <summary>Runs workers as plain child processes, in a scratch folder, with a scrubbed environment.</summary>
internal sealed class NoSandbox : Sandbox
{
    public override string Name => "none";

    public override WorkerLaunch Prepare(WorkerCommand command)
    {
        var info = BaseStartInfo(command.DotnetHost, command);
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(command.WorkerAssembly);
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return new WorkerLaunch(info);
    }
}
