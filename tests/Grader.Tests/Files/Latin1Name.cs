using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text;

namespace Grader.Tests.Files;

/// <summary>
/// Gives a file or folder its name in Latin-1, as an older zip tool writes it, which .NET cannot do: it writes every name
/// in UTF-8. Linux keeps a name as bytes, whatever they are.
/// </summary>
internal static class Latin1Name
{
    /// <returns>The path as .NET lists it afterwards: each byte that is not UTF-8 read as U+FFFD.</returns>
    public static string Give(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var renamed = Path.Combine(folder, Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(Path.GetFileName(path))));
        if (Rename(NullTerminated(Encoding.UTF8.GetBytes(path)), NullTerminated([.. Encoding.UTF8.GetBytes(folder + "/"), .. Encoding.Latin1.GetBytes(Path.GetFileName(path))])) != 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), $"rename {path}");
        }

        return renamed;
    }

    private static byte[] NullTerminated(byte[] bytes) => [.. bytes, 0];

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename(byte[] from, byte[] to);
}
