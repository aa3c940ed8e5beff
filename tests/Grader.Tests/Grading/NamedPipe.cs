using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Grader.Tests.Grading;

/// <summary>Makes a named pipe (FIFO), which .NET has no API for: opening one to read waits for a writer.</summary>
internal static class NamedPipe
{
    public static void Create(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), $"mkfifo {path}");
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);
}
