using System.Diagnostics;

namespace Grader.Execution;

/// <summary>
/// Runs workers under bubblewrap: a read-only view of the system and of the worker's own files only (not the
/// repository, not the hidden suites), a private /tmp, no network, and a PID namespace that dies with the grader.
/// </summary>
public sealed class BubblewrapSandbox : Sandbox
{
    private const string Executable = "bwrap";
    private static readonly string[] SystemFolders = ["/bin", "/lib", "/lib64", "/sbin"];
    private static readonly string[] SystemFiles = ["/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/localtime", "/etc/nsswitch.conf"];

    private BubblewrapSandbox()
    {
    }

    public override string Name => "bwrap";

    public static BubblewrapSandbox? TryCreate(out string reason)
    {
        if (!OperatingSystem.IsLinux())
        {
            reason = "bubblewrap only runs on Linux";
            return null;
        }

        try
        {
            using var probe = Process.Start(new ProcessStartInfo(Executable)
            {
                ArgumentList = { "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "true" },
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var error = probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            reason = probe.ExitCode == 0 ? "" : $"a trial run of bwrap failed ({error.Trim()})";
            return probe.ExitCode == 0 ? new BubblewrapSandbox() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            reason = "bwrap is not installed";
            return null;
        }
    }

    public override ProcessStartInfo CreateStartInfo(WorkerCommand command)
    {
        var info = BaseStartInfo(Executable, command);
        info.Environment["HOME"] = "/tmp";
        info.Environment["TMPDIR"] = "/tmp";
        var arguments = info.ArgumentList;
        void Add(params string[] values) => values.ToList().ForEach(arguments.Add);

        Add("--die-with-parent", "--new-session", "--unshare-all", "--ro-bind", "/usr", "/usr");
        foreach (var folder in SystemFolders.Where(Path.Exists))
        {
            var link = new FileInfo(folder).LinkTarget;
            Add(link is null ? ["--ro-bind", folder, folder] : ["--symlink", link, folder]);
        }

        foreach (var file in SystemFiles)
        {
            Add("--ro-bind-try", file, file);
        }

        // The private /tmp comes before the binds: a grader installed under /tmp must still see its worker.
        Add("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp");
        Add("--ro-bind", command.DotnetRoot, command.DotnetRoot);
        Add("--ro-bind", command.WorkerDirectory, command.WorkerDirectory);
        Add("--chdir", "/tmp");
        Add(command.DotnetHost, "exec", command.WorkerAssembly);
        command.Arguments.ToList().ForEach(arguments.Add);
        return info;
    }
}
