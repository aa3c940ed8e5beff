using System.Diagnostics;

namespace Grader.Execution;

/// <summary>
/// Runs workers under bubblewrap: a read-only view of the system and of the worker's own files only (not the
/// repository, not the hidden suites), a private /tmp, a read-only /dev and /proc/sys, no network, a PID namespace that dies with the grader, and
/// no new processes (see <see cref="NoNewProcessesFilter"/>).
/// </summary>
internal sealed class BubblewrapSandbox : Sandbox
{
    private const string Executable = "bwrap";
    private static readonly string[] SystemFolders = ["/bin", "/lib", "/lib64", "/sbin"];
    private static readonly string[] SystemFiles = ["/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/localtime", "/etc/nsswitch.conf"];

    // Older versions of bubblewrap cannot size a tmpfs; they still give a private /tmp, only an unsized one.
    private readonly bool _sizesTmp;

    // Null where the processor has no program, or where the kernel refused it in the trial run.
    private readonly byte[]? _processFilter;

    private BubblewrapSandbox(bool sizesTmp, byte[]? processFilter)
    {
        _sizesTmp = sizesTmp;
        _processFilter = processFilter;
    }

    public override string Name => "bwrap";

    /// <summary>Whether workers get the process filter: false where the processor has none, or the kernel refused it.</summary>
    public bool BlocksNewProcesses => _processFilter is not null;

    public static BubblewrapSandbox? TryCreate(out string reason)
    {
        if (!OperatingSystem.IsLinux())
        {
            reason = "bubblewrap only runs on Linux";
            return null;
        }

        try
        {
            var sizesTmp = TrialRun(["--size", "1048576", "--tmpfs", "/tmp"], null, out _);
            if (!sizesTmp && !TrialRun([], null, out var failure))
            {
                reason = $"a trial run of bwrap failed ({failure}); most likely this machine does not let unprivileged users make " +
                    "user namespaces, as containers often do";
                return null;
            }

            reason = "";
            var filter = NoNewProcessesFilter.ForThisMachine();
            return new BubblewrapSandbox(sizesTmp, filter is not null && TrialRun([], filter, out _) ? filter : null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            reason = "bwrap is not installed (apt-get install bubblewrap installs it)";
            return null;
        }
    }

    /// <param name="failure">What bwrap said on stderr or, when it said nothing, its exit code.</param>
    private static bool TrialRun(string[] extra, byte[]? filter, out string failure)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, UseShellExecute = false };
        using var program = filter is null ? null : new InheritedBytes(filter);
        string[] seccomp = program is null ? [] : ["--seccomp", program.Descriptor];
        foreach (var argument in (string[])["--ro-bind", "/", "/", .. extra, .. seccomp, "--unshare-all", "--die-with-parent", "true"])
        {
            start.ArgumentList.Add(argument);
        }

        using var probe = Process.Start(start)!;
        var error = probe.StandardError.ReadToEnd().Trim();
        probe.WaitForExit();
        failure = error.Length > 0 ? error : $"exit code {probe.ExitCode}, with nothing on stderr";
        return probe.ExitCode == 0;
    }

    public override WorkerLaunch Prepare(WorkerCommand command)
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

        // The private /tmp comes before the binds: a grader installed under /tmp must still see its worker. The /dev that
        // bubblewrap builds is a folder in memory, /dev/shm within it, that lives as long as the worker and that no one
        // empties or sizes: what one exercise left there, the next one (of any submission) would find. Its devices still
        // read and write once it is read-only. Likewise /proc/sys holds the settings of the worker's own network namespace
        // (ip_default_ttl, say), which the sandbox's root may write and which last as long as the worker. The rest of /proc
        // stays writable: the runtime names its threads through it.
        Add("--proc", "/proc", "--ro-bind", "/proc/sys", "/proc/sys", "--dev", "/dev", "--remount-ro", "/dev");
        if (_sizesTmp && command.TempFolderBytes is { } size)
        {
            Add("--size", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Add("--tmpfs", "/tmp");
        Add("--ro-bind", command.DotnetRoot, command.DotnetRoot);
        Add("--ro-bind", command.WorkerDirectory, command.WorkerDirectory);
        Add("--chdir", "/tmp");
        var filter = _processFilter is null ? null : new InheritedBytes(_processFilter);
        if (filter is not null)
        {
            Add("--seccomp", filter.Descriptor);
        }

        Add(command.DotnetHost, "exec", command.WorkerAssembly);
        command.Arguments.ToList().ForEach(arguments.Add);
        return new WorkerLaunch(info, filter);
    }
}
