using System.Runtime.InteropServices;

namespace Grader.Infrastructure;

/// <summary>The muxer (<c>dotnet</c>) of the runtime the grader itself runs on, for the processes the grader starts.</summary>
internal static class DotnetHost
{
    // <root>/shared/Microsoft.NETCore.App/<version>/ → <root>/dotnet
    public static string Path { get; } = System.IO.Path.Combine(
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..")),
        OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
}
