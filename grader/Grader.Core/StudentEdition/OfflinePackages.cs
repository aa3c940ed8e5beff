using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Infrastructure;

namespace Grader.StudentEdition;

/// <summary>
/// Puts the NuGet packages a student edition restores into a <c>packages/</c> folder of the edition, with a
/// <c>nuget.config</c> that restores from that folder only, so learners can build and test on machines with no
/// network. The packages come from this machine's NuGet cache, filled by any earlier restore, so exporting needs
/// no network either.
/// </summary>
internal static partial class OfflinePackages
{
    public const string FolderName = "packages";

    private static readonly TimeSpan RestoreTime = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(1);

    // What a process that SIGINT or SIGTERM ended exits with.
    private const int InterruptedExitCode = 130;
    private const int TerminatedExitCode = 143;

    /// <returns>How many packages were copied.</returns>
    /// <param name="cancellationToken">Stops the restore, and the processes it started, when the user interrupts.</param>
    public static int Bundle(string edition, string solution, CancellationToken cancellationToken)
    {
        Restore(edition, solution, cancellationToken);
        var assets = Directory.EnumerateFiles(Path.Combine(edition, "exercises"), "project.assets.json", SearchOption.AllDirectories).ToList();
        var packages = assets.SelectMany(PackagesIn).DistinctBy(package => package.RelativePath).ToList();
        foreach (var package in packages)
        {
            Copy(package, Path.Combine(edition, FolderName, package.RelativePath));
        }

        foreach (var restored in assets.Select(Path.GetDirectoryName).Distinct())
        {
            Directory.Delete(restored!, recursive: true);
        }

        File.WriteAllText(Path.Combine(edition, "nuget.config"), NuGetConfig);
        return packages.Count;
    }

    private static void Restore(string edition, string solution, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            ArgumentList = { "restore", solution, "--nologo", "-verbosity:quiet" },
            WorkingDirectory = edition,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var restore = Process.Start(start) ?? throw new UserError($"Could not start {DotnetHost.Path} to gather the packages.");
        var output = new StringBuilder();
        restore.OutputDataReceived += (_, line) => output.AppendLine(line.Data);
        restore.ErrorDataReceived += (_, line) => output.AppendLine(line.Data);
        restore.BeginOutputReadLine();
        restore.BeginErrorReadLine();
        // Killed on an interrupt: left running, it would go on writing into the edition's folder after it is deleted.
        using (cancellationToken.Register(() => restore.Kill(entireProcessTree: true)))
        {
            restore.WaitForExit(RestoreTime);
        }

        // Ctrl-C in a terminal reaches the restore too, which may end before the grader has seen the signal itself: a
        // restore that failed is given a moment for the interrupt to arrive, so that it is not reported as a failure.
        if (restore.HasExited && restore.ExitCode != 0)
        {
            cancellationToken.WaitHandle.WaitOne(InterruptGrace);
        }

        if (cancellationToken.IsCancellationRequested || restore.HasExited && restore.ExitCode is InterruptedExitCode or TerminatedExitCode)
        {
            throw new OperationCanceledException("The restore was interrupted.", cancellationToken);
        }

        if (!restore.HasExited)
        {
            restore.Kill(entireProcessTree: true);
            throw new UserError($"dotnet restore of the student edition took more than {RestoreTime.TotalMinutes:0} minutes and was stopped, so no packages were gathered.");
        }

        restore.WaitForExit();
        if (restore.ExitCode != 0)
        {
            throw new UserError("dotnet restore of the student edition failed, so its packages could not be gathered:\n  " + string.Join("\n  ", Errors(output.ToString())) +
                "\nThe packages come from this machine's NuGet cache or its package sources: while they can be reached, run `dotnet restore Exercises.sln` in the course repository once, then export again.");
        }
    }

    // Restore repeats each error for every project, with the path of the edition's temporary folder: only the
    // distinct errors themselves say what is wrong.
    private static IEnumerable<string> Errors(string output)
    {
        var errors = output.Split('\n')
            .Select(line => RestoreError().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["error"].Value.Trim())
            .Distinct()
            .Take(5)
            .ToList();
        return errors.Count > 0 ? errors : ["(restore printed no error; run `dotnet restore` in a copy of the edition to see why)"];
    }

    [GeneratedRegex(@"error (?<error>[A-Z]+\d+: .*?)(?: \[[^\]]*\])?\s*$")]
    private static partial Regex RestoreError();

    private static IEnumerable<CachedPackage> PackagesIn(string assetsFile)
    {
        using var assets = JsonDocument.Parse(File.ReadAllBytes(assetsFile));
        var folders = assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(folder => folder.Name).ToList();
        foreach (var library in assets.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }

            var relative = library.Value.GetProperty("path").GetString()!;
            var folder = folders.FirstOrDefault(candidate => Directory.Exists(Path.Combine(candidate, relative)))
                ?? throw new UserError($"The package {library.Name} was restored, but is in none of the package folders {string.Join(", ", folders)}.");
            yield return new CachedPackage(folder, relative);
        }
    }

    // A local feed needs only the package itself and its manifest; the cache's unpacked files stay behind.
    private static void Copy(CachedPackage package, string target)
    {
        Directory.CreateDirectory(target);
        var source = Path.Combine(package.Folder, package.RelativePath);
        foreach (var file in Directory.EnumerateFiles(source).Where(file => file.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase)
            || file.EndsWith(".nupkg.sha512", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private const string NuGetConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- Restores only from the packages/ folder next to this file, so the exercises build with no network.
             Delete this file to restore from nuget.org again. -->
        <configuration>
          <packageSources>
            <clear />
            <add key="course-packages" value="packages" />
          </packageSources>
        </configuration>

        """;

    private sealed record CachedPackage(string Folder, string RelativePath);
}
