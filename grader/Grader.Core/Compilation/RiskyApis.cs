namespace Grader.Compilation;

/// <summary>
/// The framework APIs through which code could reach beyond its own load context: reflection, interop, unsafe
/// memory access, reading files, other processes and process-wide settings. Both passes of <see cref="SharingPolicy"/> use
/// these rules.
/// </summary>
/// <remarks>
/// Reading files is among them because of <c>/proc/self/mem</c>: through it, code reads its own process's memory, the
/// secret that seals the worker's events included. Such code could forge its own results, and a worker that told
/// the grader it was clean; so it gets a worker that serves no other submission. The exercises read no files.
/// </remarks>
internal static class RiskyApis
{
    // Compiled expression trees belong to no load context, so they outlive an exercise, and they reach members by
    // name as reflection does. So do the late binders of C# (behind dynamic) and Visual Basic, whose library also reads
    // and seeks files. Safe handles and pipes take raw descriptors, such as the worker's own control pipe.
    private static readonly string[] RiskyNamespaces =
    [
        "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.Runtime.CompilerServices.Unsafe",
        "System.Linq.Expressions", "Microsoft.Win32.SafeHandles", "System.IO.Pipes", "System.IO.MemoryMappedFiles",
        // A file of isolated storage is a FileStream whose path may climb out of the store, to /proc/self/mem.
        "System.IO.IsolatedStorage",
        // Moq numbers the mocks of each type for the whole process and puts the number in each mock's name, so a count of
        // mocks made in one exercise shows in the next one's. Castle.Core, beneath it, keeps for the process the proxy
        // types it made, their options and a list of attributes anyone may add to and look up; the stream of its file
        // resources (CreateStream) is a FileStream handed back as a plain Stream, and its other resources load assemblies
        // by name. Exercise code has no use for either.
        "Moq", "Castle",
        // A mail attachment, linked resource or view made from a file name keeps the file's own stream as its ContentStream.
        "System.Net.Mail",
        // Archives of tar read and write the files they name.
        "System.Formats.Tar",
        "Microsoft.CSharp.RuntimeBinder", "Microsoft.VisualBasic",
        // Every meter and event source made is listed for the whole process, with its name, for any listener to find.
        "System.Diagnostics.Metrics", "System.Diagnostics.Tracing",
        // Newtonsoft.Json reads and writes members by the names a JSON text gives, and creates the types it names: a
        // resolver whose search flags a JSON text sets (DefaultMembersSearchFlags) reads and writes the private and static
        // fields of any type, the framework's included, and the resolver it shares keeps a contract per type for the
        // process. The exercises use System.Text.Json; code that uses Newtonsoft.Json runs in a worker of its own.
        "Newtonsoft.Json",
    ];

    // Null means every member of the type.
    private static readonly Dictionary<string, string[]?> RiskyMembers = new()
    {
        ["System.Type"] = ["GetType", "GetField", "GetFields", "GetMethod", "GetMethods", "GetProperty", "GetProperties",
            "GetMember", "GetMembers", "GetConstructor", "GetConstructors", "GetEvent", "GetEvents", "GetNestedType", "InvokeMember", "GetTypeFromHandle"],
        ["System.Activator"] = null,
        // Binds a delegate to any method of a type or object by its name, private ones included.
        ["System.Delegate"] = ["CreateDelegate"],
        ["System.AppDomain"] = null,
        ["System.AppContext"] = ["SetSwitch", "SetData"],
        ["System.Environment"] = ["SetEnvironmentVariable", "CurrentDirectory"],

        // Process-wide settings changed through methods rather than setters: they would outlast the exercise. Folders made,
        // moved or removed, and the times and modes of files and folders, are written into the file system: the worker
        // empties its temporary folder of what is new at the top only, and a folder there from the start (the folders
        // above the worker's own files, when the grader lives under /tmp) keeps, as long as the worker lives, folders
        // made inside it, whose names carry any text, for the next submission to read.
        ["System.IO.Directory"] = ["SetCurrentDirectory", "CreateDirectory", "CreateTempSubdirectory", "Delete", "Move", "CreateSymbolicLink",
            "SetCreationTime", "SetCreationTimeUtc", "SetLastAccessTime", "SetLastAccessTimeUtc", "SetLastWriteTime", "SetLastWriteTimeUtc"],
        ["System.IO.DirectoryInfo"] = ["Create", "CreateSubdirectory", "Delete", "MoveTo"],
        ["System.IO.FileSystemInfo"] = ["Attributes", "CreationTime", "CreationTimeUtc", "LastAccessTime", "LastAccessTimeUtc", "LastWriteTime",
            "LastWriteTimeUtc", "UnixFileMode", "Delete", "CreateAsSymbolicLink"],
        ["System.Threading.ThreadPool"] = ["SetMinThreads", "SetMaxThreads", "CompletedWorkItemCount", "PendingWorkItemCount", "ThreadCount"],
        ["System.GC"] = ["AddMemoryPressure", "RemoveMemoryPressure", "TryStartNoGCRegion", "EndNoGCRegion", "RegisterNoGCRegionCallback",
            "RegisterForFullGCNotification", "CancelFullGCNotification", "RefreshMemoryLimit",
            // An array that is not cleared holds what the memory held before: what earlier tests and exercises ran.
            "AllocateUninitializedArray",
            // The framework makes much of what it keeps for the process on first use (the default comparer of each type, a
            // culture asked for by name): an object's generation, or the bytes that asking for it allocated, tell whether
            // code that ran before asked for it, and the count of collections is a number any code moves.
            "GetGeneration", "CollectionCount", "GetTotalMemory", "GetAllocatedBytesForCurrentThread", "GetTotalAllocatedBytes",
            "GetGCMemoryInfo", "GetTotalPauseDuration"],
        // Counters of the process that any code moves, and reads back in a later exercise.
        ["System.Runtime.JitInfo"] = null,
        ["System.Threading.Monitor"] = ["LockContentionCount"],
        ["System.Text.Encoding"] = ["RegisterProvider"],
        ["System.Runtime.ProfileOptimization"] = null,
        // The correlation manager's activity id is the thread's own, and the same thread runs the next exercise's tests;
        // the type descriptor keeps the attributes and providers added to a type for the process. So do activity sources
        // and diagnostic listeners, with their names, until they are disposed, for any listener to find.
        // The indent level of Trace and Debug is the thread's own as well, and counts as high as code likes.
        ["System.Diagnostics.Trace"] = ["Listeners", "CorrelationManager", "Indent", "Unindent"],
        ["System.ComponentModel.TypeDescriptor"] = null,
        ["System.Diagnostics.ActivitySource"] = null,
        ["System.Diagnostics.ActivityListener"] = null,
        ["System.Diagnostics.DiagnosticListener"] = null,
        ["System.Diagnostics.Debug"] = ["SetProvider", "Indent", "Unindent"],

        // The pool of interned strings belongs to the process: what one exercise interns outlives it (hundreds of MB, if it
        // likes), and whether a string is in the pool tells what code that ran before put there.
        ["System.String"] = ["Intern", "IsInterned"],

        // So are the shared pools of arrays: an array returned to one keeps what was written in it, for whatever code
        // rents it next, in a later exercise or submission.
        ["System.Buffers.ArrayPool`1"] = ["Shared"],
        ["System.Buffers.MemoryPool`1"] = ["Shared"],

        ["System.Console"] = ["SetOut", "SetError", "SetIn"],
        ["System.Threading.Thread"] = null,
        ["System.Diagnostics.Process"] = null,
        ["System.Runtime.CompilerServices.Unsafe"] = null,
        // Loads and stores of vectors at an offset from a reference, which no bounds check guards: they read and write
        // any of the process's memory from a plain array, as Unsafe does, without the word unsafe.
        ["System.Numerics.Vector"] = ["LoadUnsafe", "StoreUnsafe"],
        ["System.Runtime.Intrinsics.Vector64"] = ["LoadUnsafe", "StoreUnsafe"],
        ["System.Runtime.Intrinsics.Vector128"] = ["LoadUnsafe", "StoreUnsafe"],
        ["System.Runtime.Intrinsics.Vector256"] = ["LoadUnsafe", "StoreUnsafe"],
        ["System.Runtime.Intrinsics.Vector512"] = ["LoadUnsafe", "StoreUnsafe"],
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = null,
        // Opening a file to write reaches /proc/self/mem as well as opening it to read: File.Create hands back a stream that
        // reads, writes and seeks, typed as a plain Stream, and a writer's BaseStream is another; what one exercise writes
        // into its process's memory, the next one reads back. Writing a whole file at once leaves values in /proc that
        // last as long as the worker: settings of its network namespace (/proc/sys/net) and of the process itself
        // (timerslack_ns, oom_score_adj, coredump_filter, autogroup).
        ["System.IO.File"] = ["Open", "OpenRead", "OpenText", "OpenHandle", "ReadAllBytes", "ReadAllBytesAsync", "ReadAllText", "ReadAllTextAsync",
            "ReadAllLines", "ReadAllLinesAsync", "ReadLines", "ReadLinesAsync", "Copy", "Move", "Replace", "CreateSymbolicLink", "ResolveLinkTarget",
            "Create", "OpenWrite", "CreateText", "AppendText", "WriteAllText", "WriteAllTextAsync", "WriteAllBytes", "WriteAllBytesAsync",
            "WriteAllLines", "WriteAllLinesAsync", "AppendAllText", "AppendAllTextAsync", "AppendAllBytes", "AppendAllBytesAsync",
            "AppendAllLines", "AppendAllLinesAsync", "Delete", "SetAttributes", "SetCreationTime", "SetCreationTimeUtc", "SetLastAccessTime",
            "SetLastAccessTimeUtc", "SetLastWriteTime", "SetLastWriteTimeUtc", "SetUnixFileMode", "Encrypt", "Decrypt"],
        ["System.IO.StreamWriter"] = null,
        ["System.Xml.XmlTextWriter"] = null,
        ["System.IO.FileInfo"] = null,
        ["System.IO.FileStream"] = null,
        ["System.IO.RandomAccess"] = null,
        ["System.IO.StreamReader"] = null,
        ["System.IO.Compression.ZipFile"] = null,
        // file:// addresses open a seekable FileStream, handed back as a plain Stream.
        ["System.Net.WebRequest"] = ["Create", "CreateDefault", "RegisterPrefix", "DefaultWebProxy"],
        ["System.Net.FileWebRequest"] = null,
        ["System.Net.WebClient"] = null,
        // A resolver that opens files, handed to a reader or a document, opens them for any external entity the XML names.
        ["System.Xml.XmlResolver"] = ["GetEntity", "GetEntityAsync", "FileSystemResolver"],
        ["System.Xml.XmlUrlResolver"] = null,
        ["System.Xml.XmlSecureResolver"] = ["GetEntity", "GetEntityAsync"],
        ["System.Xml.Resolvers.XmlPreloadedResolver"] = ["GetEntity", "GetEntityAsync"],
        ["System.Xml.XmlReader"] = ["Create"],
        ["System.Xml.XmlTextReader"] = null,
        ["System.Xml.XPath.XPathDocument"] = null,
        ["System.Xml.XmlWriter"] = ["Create"],
        ["System.Xml.XmlDocument"] = ["Load", "Save"],
        ["System.Xml.Linq.XDocument"] = ["Load", "Save"],
        ["System.Xml.Linq.XElement"] = ["Load", "Save"],
        // Other readers and writers of the files they name.
        ["System.Xml.Xsl.XslCompiledTransform"] = null,
        ["System.Data.DataSet"] = ["ReadXml", "ReadXmlSchema", "WriteXml", "WriteXmlSchema"],
        ["System.Data.DataTable"] = ["ReadXml", "ReadXmlSchema", "WriteXml", "WriteXmlSchema"],
        ["System.IO.Compression.ZipFileExtensions"] = null,
        ["System.Diagnostics.TextWriterTraceListener"] = null,
        ["System.Diagnostics.DelimitedListTraceListener"] = null,
        ["System.Diagnostics.XmlWriterTraceListener"] = null,
        ["System.Resources.ResourceReader"] = null,
        ["System.Resources.ResourceWriter"] = null,
        ["NJsonSchema.JsonSchema"] = ["FromFileAsync", "FromUrlAsync"],
        ["ToolCalling.Testing.JsonInput"] = ["ReadFile", "ReadFileBytes"],
        // A stylesheet calls the methods of an extension object by the names it gives, static ones of the object's type
        // included: given any string, it interns what it likes (String.Intern), which no name in the code says.
        ["System.Xml.Xsl.XsltArgumentList"] = ["AddExtensionObject"],

        // Objects that a library keeps for the whole process and hands to any caller, each with setters or a collection
        // of its own: what one exercise writes into them, the next exercise reads back.
        ["NJsonSchema.Converters.JsonInheritanceConverter`1"] = ["AdditionalKnownTypes"],
        ["FluentAssertions.AssertionOptions"] = null,
        ["FluentAssertions.Common.Configuration"] = ["Current"],
        ["FluentAssertions.Common.Services"] = null,
        ["FluentAssertions.Formatting.Formatter"] = ["AddFormatter", "RemoveFormatter"],
        // So are the default proxies and credentials of the network classes, and the authentication manager's names,
        // though no request ever leaves the sandbox: the objects are there all the same.
        ["System.Net.GlobalProxySelection"] = null,
        ["System.Net.Http.HttpClient"] = ["DefaultProxy"],
        ["System.Net.CredentialCache"] = ["DefaultCredentials", "DefaultNetworkCredentials"],
        ["System.Net.AuthenticationManager"] = null,
        // Registries of names kept for the process: what one exercise registers, the next finds by its name or lists.
        ["System.Security.Cryptography.CryptoConfig"] = ["AddAlgorithm", "AddOID"],
        ["System.Data.Common.DbProviderFactories"] = null,
        ["System.UriParser"] = ["Register"],
    };

    /// <param name="typeName">The full name of the type, nested types joined with '.'.</param>
    public static bool IsRiskyType(string typeName) =>
        RiskyNamespaces.Any(prefix => typeName.StartsWith(prefix, StringComparison.Ordinal))
        || RiskyMembers.TryGetValue(typeName, out var members) && members is null;

    /// <param name="typeName">The full name of the member's type, nested types joined with '.'.</param>
    /// <param name="memberName">The member's name as written in C#: a property's name, not its accessor's.</param>
    public static bool IsRiskyMember(string typeName, string memberName) =>
        IsRiskyType(typeName) || RiskyMembers.TryGetValue(typeName, out var members) && members!.Contains(memberName);
}
