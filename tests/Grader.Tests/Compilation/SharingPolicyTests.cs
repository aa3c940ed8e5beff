using Grader.Compilation;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Tests.Compilation;

/// <summary>Only code that cannot reach beyond its own load context may share a worker with other submissions.</summary>
public class SharingPolicyTests
{
    [Fact]
    public void FindReasonNotToShare_PlainExerciseCode_AllowsSharing() =>
        Reason("""
            public static class Plain
            {
                public static string Run(string json) => System.Text.Json.JsonSerializer.Serialize(json.Split(',').Select(part => part.Trim()).ToList());
            }
            """).Should().BeNull();

    [Theory]
    [InlineData("typeof(string).GetField(\"Empty\")", "Type.GetField")]
    [InlineData("System.Reflection.Assembly.GetExecutingAssembly()", "Assembly")]
    [InlineData("Activator.CreateInstance(typeof(object))", "Activator")]
    [InlineData("System.Diagnostics.Process.Start(\"sleep\", \"1\")", "Process")]
    [InlineData("System.Runtime.InteropServices.Marshal.AllocHGlobal(8)", "Marshal")]
    [InlineData("System.Linq.Expressions.Expression.Lambda<Func<int>>(System.Linq.Expressions.Expression.Constant(1)).Compile()", "Expression")]
    [InlineData("new Microsoft.Win32.SafeHandles.SafeFileHandle(5, false)", "SafeFileHandle")]
    [InlineData("new System.IO.Pipes.AnonymousPipeClientStream(System.IO.Pipes.PipeDirection.Out, \"5\")", "AnonymousPipeClientStream")]
    [InlineData("new System.IO.FileStream(\"/proc/self/mem\", System.IO.FileMode.Open)", "FileStream")]
    [InlineData("System.IO.File.ReadAllBytes(\"/proc/self/maps\")", "File")]
    [InlineData("new System.IO.StreamReader(\"/proc/self/mem\")", "StreamReader")]
    [InlineData("System.IO.File.OpenHandle(\"/proc/self/mem\")", "File")]
    [InlineData("System.Xml.XmlReader.Create(\"/proc/self/environ\")", "XmlReader.Create")]
    [InlineData("new System.IO.IsolatedStorage.IsolatedStorageFileStream(\"../../../proc/self/mem\", FileMode.Open, FileAccess.Read, System.IO.IsolatedStorage.IsolatedStorageFile.GetUserStoreForAssembly())", "IsolatedStorage")]
    [InlineData("System.IO.IsolatedStorage.IsolatedStorageFile.GetUserStoreForAssembly().OpenFile(\"../../../proc/self/mem\", FileMode.Open)", "IsolatedStorage")]
    [InlineData("new Castle.Core.Resource.FileResource(\"/proc/self/mem\").CreateStream()", "FileResource")]
    [InlineData("new System.Net.Mail.Attachment(\"/proc/self/mem\").ContentStream", "Attachment")]
    [InlineData("new System.Net.Mail.LinkedResource(\"/proc/self/mem\").ContentStream", "LinkedResource")]
    [InlineData("new Castle.Core.Resource.FileResourceFactory().Create(new Castle.Core.Resource.CustomUri(\"file:///proc/self/maps\")).GetStreamReader()", "FileResourceFactory")]
    public void FindReasonNotToShare_ReflectionInteropOrProcesses_RefusesSharing(string expression, string named) =>
        ReasonForSneaky($"public static object? Run() => {expression};").Should().Contain(named).And.Contain("Learner.cs:3");

    // Each of these reached a static method or a file by name in a worker that was then reused: the C# and Visual Basic
    // late binders called Environment.SetEnvironmentVariable through reflection, and a file:// address opened
    // /proc/self/mem as a seekable stream. A stylesheet called String.Intern on an extension object that was only a string.
    [Theory]
    [InlineData("Microsoft.CSharp.RuntimeBinder.Binder.InvokeMember(default, \"GetMethod\", null, null, [])", "RuntimeBinder.Binder")]
    [InlineData("Microsoft.VisualBasic.Interaction.CallByName(typeof(Environment), \"GetMethod\", Microsoft.VisualBasic.CallType.Method, \"SetEnvironmentVariable\")", "VisualBasic.Interaction")]
    [InlineData("Microsoft.VisualBasic.CompilerServices.NewLateBinding.LateGet(typeof(Environment), null, \"Assembly\", [], null, null, null)", "NewLateBinding")]
    [InlineData("Delegate.CreateDelegate(typeof(Action<string, string?>), typeof(Environment), \"SetEnvironmentVariable\")", "Delegate.CreateDelegate")]
    [InlineData("Task.Run(() => new System.Xml.Xsl.XsltArgumentList().AddExtensionObject(\"urn:late\", \"\"))", "XsltArgumentList.AddExtensionObject")]
    [InlineData("System.Net.WebRequest.Create(\"file:///proc/self/mem\").GetResponse().GetResponseStream()", "WebRequest.Create")]
    [InlineData("new System.Net.WebClient().OpenRead(\"file:///proc/self/mem\")", "WebClient")]
    [InlineData("System.Xml.XmlResolver.ThrowingResolver.GetEntity(new Uri(\"file:///proc/self/mem\"), null, typeof(Stream))", "GetEntity")]
    public void FindReasonNotToShare_LateBindingOrFilesByAddress_RefusesSharing(string expression, string named) =>
        ReasonForSneaky($"public static object? Run() => {expression};").Should().Contain(named).And.Contain("Learner.cs:3");

    // Each of these opened a file without naming a file type: File.Create and File.OpenWrite gave /proc/self/mem as a
    // plain Stream, and an exercise wrote a hidden test's inputs into its process's memory for the next one to read back.
    [Theory]
    [InlineData("(Stream)File.Create(\"/proc/self/mem\")", "File.Create")]
    [InlineData("(Stream)File.OpenWrite(\"/proc/self/mem\")", "File.OpenWrite")]
    [InlineData("File.CreateText(\"/proc/self/mem\").BaseStream", "File.CreateText")]
    [InlineData("File.AppendText(\"/proc/self/mem\").BaseStream", "File.AppendText")]
    [InlineData("new StreamWriter(\"/proc/self/mem\").BaseStream", "StreamWriter")]
    [InlineData("new System.Xml.XmlTextWriter(\"/proc/self/mem\", null).BaseStream", "XmlTextWriter")]
    [InlineData("new System.Xml.XmlDocument { XmlResolver = new System.Xml.XmlUrlResolver() }", "XmlUrlResolver")]
    [InlineData("System.Xml.XmlResolver.FileSystemResolver", "XmlResolver.FileSystemResolver")]
    [InlineData("new System.Xml.XmlTextReader(\"/proc/self/maps\")", "XmlTextReader")]
    [InlineData("new System.Xml.XPath.XPathDocument(\"/proc/self/maps\")", "XPathDocument")]
    public void FindReasonNotToShare_FilesOpenedWithoutAFileType_RefusesSharing(string expression, string named) =>
        ReasonForSneaky($"public static object? Run() => {expression};").Should().Contain(named).And.Contain("Learner.cs:3");

    // A file written whole leaves a value in /proc that lasts as long as the worker: a setting of its network namespace
    // or of the process; and each of these reads or writes a file it is given by name.
    [Theory]
    [InlineData("File.WriteAllText(\"/proc/sys/net/ipv4/ip_default_ttl\", \"243\")", "File.WriteAllText")]
    [InlineData("File.AppendAllText(\"/proc/self/timerslack_ns\", \"243\")", "File.AppendAllText")]
    [InlineData("File.WriteAllBytes(\"/proc/self/oom_score_adj\", [50])", "File.WriteAllBytes")]
    [InlineData("File.WriteAllLinesAsync(\"/proc/self/coredump_filter\", [\"3\"]).Wait()", "File.WriteAllLinesAsync")]
    [InlineData("new System.Xml.Linq.XDocument().Save(\"/proc/self/autogroup\")", "XDocument.Save")]
    [InlineData("new System.Xml.XmlDocument().Save(\"/proc/self/autogroup\")", "XmlDocument.Save")]
    [InlineData("new System.Data.DataSet().WriteXml(\"/proc/self/autogroup\")", "DataSet.WriteXml")]
    [InlineData("new System.Data.DataSet().ReadXml(\"/proc/self/autogroup\")", "DataSet.ReadXml")]
    [InlineData("System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(new System.IO.Compression.ZipArchive(new MemoryStream(), System.IO.Compression.ZipArchiveMode.Create), \"/proc/sys/net/ipv4/ip_default_ttl\", \"ttl\")", "ZipFileExtensions")]
    [InlineData("System.Formats.Tar.TarFile.CreateFromDirectory(\"/proc/sys/net\", new MemoryStream(), false)", "TarFile")]
    [InlineData("new System.Xml.Xsl.XslCompiledTransform().Load(\"/proc/self/environ\")", "XslCompiledTransform")]
    [InlineData("new System.Diagnostics.TextWriterTraceListener(\"/proc/self/autogroup\").Flush()", "TextWriterTraceListener")]
    [InlineData("new System.Resources.ResourceWriter(\"/proc/self/autogroup\").Generate()", "ResourceWriter")]
    [InlineData("_ = NJsonSchema.JsonSchema.FromFileAsync(\"/proc/self/environ\")", "JsonSchema.FromFileAsync")]
    [InlineData("_ = ToolCalling.Testing.JsonInput.ReadFile(\"/proc/sys/net/ipv4/ip_default_ttl\")", "JsonInput.ReadFile")]
    public void FindReasonNotToShare_FilesWrittenWholeOrReadByName_RefusesSharing(string statement, string named) =>
        ReasonForSneaky($"public static void Run() {{ {statement}; }}").Should().Contain(named).And.Contain("Learner.cs:3");

    // A folder that the sandbox's temporary folder held from the start keeps what is made inside it for as long as the
    // worker lives; names and times written into the file system carry any text to the next submission.
    [Theory]
    [InlineData("Directory.CreateDirectory(\"/tmp/kept/café\")", "Directory.CreateDirectory")]
    [InlineData("new DirectoryInfo(\"/tmp/kept\").CreateSubdirectory(\"café\")", "DirectoryInfo.CreateSubdirectory")]
    [InlineData("new DirectoryInfo(\"/tmp/kept/café\").Create()", "DirectoryInfo.Create")]
    [InlineData("Directory.Move(\"/tmp/kept/a\", \"/tmp/kept/café\")", "Directory.Move")]
    [InlineData("Directory.SetLastWriteTimeUtc(\"/tmp\", DateTime.UnixEpoch.AddSeconds('é'))", "Directory.SetLastWriteTimeUtc")]
    [InlineData("File.SetLastAccessTime(\"/tmp\", DateTime.UnixEpoch.AddSeconds('é'))", "File.SetLastAccessTime")]
    [InlineData("File.SetUnixFileMode(\"/tmp/kept\", (UnixFileMode)'é')", "File.SetUnixFileMode")]
    [InlineData("new DirectoryInfo(\"/tmp\").LastWriteTime = DateTime.UnixEpoch.AddSeconds('é')", "FileSystemInfo.LastWriteTime")]
    public void FindReasonNotToShare_NamesOrTimesWrittenIntoTheFileSystem_RefusesSharing(string statement, string named) =>
        ReasonForSneaky($"public static void Run() {{ {statement}; }}").Should().Contain(named).And.Contain("Learner.cs:3");

    // Each of these reads or writes memory at any offset from an array, with no bounds check and no unsafe code.
    [Theory]
    [InlineData("System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref bytes[0], (nuint)(1 << 20))", "Vector128.LoadUnsafe")]
    [InlineData("System.Runtime.Intrinsics.Vector64.LoadUnsafe(ref bytes[0], (nuint)(1 << 20))", "Vector64.LoadUnsafe")]
    [InlineData("System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref bytes[0], (nuint)(1 << 20))", "Vector256.LoadUnsafe")]
    [InlineData("System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref bytes[0], (nuint)(1 << 20))", "Vector512.LoadUnsafe")]
    [InlineData("System.Numerics.Vector.LoadUnsafe(ref bytes[0], (nuint)(1 << 20))", "Vector.LoadUnsafe")]
    public void FindReasonNotToShare_VectorsLoadedAtAnyOffset_RefusesSharing(string expression, string named) =>
        ReasonForSneaky($"public static object? Run(byte[] bytes) => {expression};").Should().Contain(named).And.Contain("Learner.cs:3");

    [Fact]
    public void FindReasonNotToShare_VectorsStoredAtAnyOffset_RefusesSharing() =>
        ReasonForSneaky("public static void Run(byte[] bytes) => System.Runtime.Intrinsics.Vector128.StoreUnsafe(default(System.Runtime.Intrinsics.Vector128<byte>), ref bytes[0], (nuint)(1 << 20));")
            .Should().Contain("StoreUnsafe").And.Contain("Learner.cs:3");

    [Fact]
    public void FindReasonNotToShare_VectorsMadeFromSpans_AllowsSharing() =>
        Reason("""
            public static class Vectors
            {
                public static int Run(byte[] bytes) => System.Runtime.Intrinsics.Vector128.Sum(System.Runtime.Intrinsics.Vector128.Create<byte>(bytes.AsSpan(0, 16)));
            }
            """).Should().BeNull();

    // Each of these keeps a value for the process, or for the thread that runs the next exercise's tests too, through a
    // method rather than a setter.
    [Theory]
    [InlineData("System.Diagnostics.Tracing.EventSource.SetCurrentThreadActivityId(Guid.NewGuid())", "EventSource")]
    [InlineData("System.Diagnostics.Trace.CorrelationManager.ActivityId = Guid.NewGuid()", "Trace.CorrelationManager")]
    [InlineData("System.ComponentModel.TypeDescriptor.AddAttributes(typeof(string), new System.ComponentModel.DescriptionAttribute(\"kept\"))", "TypeDescriptor")]
    [InlineData("_ = new System.Diagnostics.ActivitySource(\"kept\")", "ActivitySource")]
    [InlineData("_ = new System.Diagnostics.Metrics.Meter(\"kept\")", "Meter")]
    [InlineData("_ = new System.Diagnostics.DiagnosticListener(\"kept\")", "DiagnosticListener")]
    [InlineData("System.Diagnostics.ActivitySource.AddActivityListener(new System.Diagnostics.ActivityListener())", "ActivitySource")]
    public void FindReasonNotToShare_ValuesKeptForTheProcessOrItsThread_RefusesSharing(string statement, string named) =>
        ReasonForSneaky($"public static void Run() {{ {statement}; }}").Should().Contain(named).And.Contain("Learner.cs:3");

    // Each of these hands out an object that the library keeps for the process, whose setters or collection took a hidden
    // test's inputs in one exercise and gave them back to the next one, in the same worker.
    [Theory]
    [InlineData("new Newtonsoft.Json.JsonSerializer().ContractResolver.ResolveContract(typeof(Version)).Converter = null", "Newtonsoft.Json")]
    [InlineData("new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver().ResolveContract(typeof(Version)).Converter = null", "Newtonsoft.Json")]
    [InlineData("_ = new Newtonsoft.Json.JsonTextReader(new StringReader(\"{}\")).PropertyNameTable", "Newtonsoft.Json")]
    [InlineData("NJsonSchema.Converters.JsonInheritanceConverter<Version>.AdditionalKnownTypes[\"kept\"] = typeof(string)", "JsonInheritanceConverter.AdditionalKnownTypes")]
    [InlineData("FluentAssertions.Common.Configuration.Current.ValueFormatterAssembly = \"kept\"", "Configuration.Current")]
    [InlineData("FluentAssertions.AssertionOptions.FormattingOptions.MaxLines = 7", "AssertionOptions")]
    [InlineData("Castle.DynamicProxy.ProxyGenerationOptions.Default.AddMixinInstance(new List<string> { \"kept\" })", "ProxyGenerationOptions")]
    public void FindReasonNotToShare_ObjectsALibraryKeepsForTheProcess_RefusesSharing(string statement, string named) =>
        ReasonForSneaky($"public static void Run() {{ {statement}; }}").Should().Contain(named).And.Contain("Learner.cs:3");

    // The network classes keep default proxies and credentials for the process, reachable without any request.
    [Theory]
    [InlineData("System.Net.CredentialCache.DefaultNetworkCredentials.UserName = \"kept\"", "CredentialCache.DefaultNetworkCredentials")]
    [InlineData("System.Net.Http.HttpClient.DefaultProxy.Credentials = new System.Net.NetworkCredential(\"kept\", \"\")", "HttpClient.DefaultProxy")]
    [InlineData("System.Net.WebRequest.DefaultWebProxy!.Credentials = new System.Net.NetworkCredential(\"kept\", \"\")", "WebRequest.DefaultWebProxy")]
    [InlineData("System.Net.AuthenticationManager.CustomTargetNameDictionary[\"kept\"] = \"\"", "AuthenticationManager")]
    public void FindReasonNotToShare_DefaultsOfTheNetworkClasses_RefusesSharing(string statement, string named) =>
        ReasonForSneaky($"public static void Run() {{ {statement}; }}").Should().Contain(named).And.Contain("Learner.cs:3");

    [Theory]
    [InlineData("System.Security.Cryptography.CryptoConfig.AddOID(\"kept\", \"made-up\")", "CryptoConfig.AddOID")]
    [InlineData("System.Security.Cryptography.CryptoConfig.AddAlgorithm(typeof(string), \"kept\")", "CryptoConfig.AddAlgorithm")]
    [InlineData("System.Data.Common.DbProviderFactories.RegisterFactory(\"kept\", \"Made.Up\")", "DbProviderFactories")]
    [InlineData("UriParser.Register(new HttpStyleUriParser(), \"kept\", 4242)", "UriParser.Register")]
    public void FindReasonNotToShare_RegisteringNamesForTheProcess_RefusesSharing(string statement, string named) =>
        ReasonForSneaky($"public static void Run() {{ {statement}; }}").Should().Contain(named).And.Contain("Learner.cs:3");

    // Newtonsoft.Json sets members by the names a JSON text gives: an exercise set a resolver's search flags so, and through
    // it wrote a hidden test's inputs into a private static field of XmlConvert, which the next exercise read back. Even a
    // resolver of the code's own, or only an attribute, hands the names to the text.
    [Theory]
    [InlineData("Newtonsoft.Json.JsonConvert.PopulateObject(\"{\\\"DefaultMembersSearchFlags\\\": 60}\", new Newtonsoft.Json.Serialization.DefaultContractResolver())")]
    [InlineData("_ = Newtonsoft.Json.JsonConvert.SerializeObject(new object(), new Newtonsoft.Json.JsonSerializerSettings { ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver() })")]
    [InlineData("_ = Newtonsoft.Json.JsonConvert.DeserializeObject(\"{}\")")]
    public void FindReasonNotToShare_NewtonsoftJson_RefusesSharing(string statement) =>
        ReasonForSneaky($"public static void Run() {{ {statement}; }}").Should().Contain("Newtonsoft.Json").And.Contain("Learner.cs:3");

    // An attribute's named arguments leave no reference to the property they set in the compiled code; the attribute's
    // constructor is all there is to find.
    [Fact]
    public void FindReasonNotToShare_NewtonsoftAttributeThatNamesTypesInJson_RefusesSharing() =>
        ReasonForSneaky("[Newtonsoft.Json.JsonProperty(TypeNameHandling = Newtonsoft.Json.TypeNameHandling.All)] public static object? Value { get; set; }")
            .Should().Contain("JsonPropertyAttribute").And.Contain("Learner.cs:3");

    // StructLayout and FieldOffset are written into the type's own flags, not kept as attributes: the compiled code names
    // nothing of them. Two fields laid over each other saw the invariant culture's English name, a string kept for the
    // process, as an array of characters, and an exercise wrote a hidden test's inputs into it for the next one to read.
    [Fact]
    public void FindReasonNotToShare_FieldsLaidOverEachOther_RefusesSharing() =>
        ReasonForSneaky("""
            [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)] private struct Overlap { [System.Runtime.InteropServices.FieldOffset(0)] public string Text; [System.Runtime.InteropServices.FieldOffset(0)] public char[] Characters; }
            """).Should().Contain("StructLayout").And.Contain("Learner.cs:3");

    // The framework makes much of what it keeps for the process on first use, such as the default comparer of each type:
    // exercise 02 asked for the comparers of the framework types that spelled a hidden test's arguments in bits, and
    // exercise 03 told the kept ones from new ones by their generation. The allocation counters tell them apart as well,
    // and the counts of collections, compiled methods and finished work items are numbers that any code moves.
    [Theory]
    [InlineData("GC.GetGeneration(EqualityComparer<Version>.Default)", "GC.GetGeneration")]
    [InlineData("GC.GetAllocatedBytesForCurrentThread()", "GC.GetAllocatedBytesForCurrentThread")]
    [InlineData("GC.GetTotalAllocatedBytes(true)", "GC.GetTotalAllocatedBytes")]
    [InlineData("GC.GetTotalMemory(false)", "GC.GetTotalMemory")]
    [InlineData("GC.GetGCMemoryInfo().Index", "GC.GetGCMemoryInfo")]
    [InlineData("GC.CollectionCount(2)", "GC.CollectionCount")]
    [InlineData("GC.GetTotalPauseDuration()", "GC.GetTotalPauseDuration")]
    [InlineData("System.Runtime.JitInfo.GetCompiledMethodCount(false)", "JitInfo")]
    [InlineData("ThreadPool.CompletedWorkItemCount", "ThreadPool.CompletedWorkItemCount")]
    [InlineData("Monitor.LockContentionCount", "Monitor.LockContentionCount")]
    public void FindReasonNotToShare_AgeOfObjectsOrCountersOfTheProcess_RefusesSharing(string expression, string named) =>
        ReasonForSneaky($"public static object? Run() => {expression};").Should().Contain(named).And.Contain("Learner.cs:3");

    // Moq numbers the mocks of each type for the whole process: exercise 02 made as many mocks of three framework
    // interfaces as the codes of a hidden test's letters, and exercise 03 read the counts back from its own mocks' names.
    // Castle.Core, beneath Moq, keeps a list of attributes for the process that anyone may add to and look up.
    [Theory]
    [InlineData("new Moq.Mock<IDisposable>().Name", "Mock")]
    [InlineData("Moq.Mock.Of<IComparable>()", "Mock")]
    [InlineData("Castle.DynamicProxy.Generators.AttributesToAvoidReplicating.Contains(typeof(ObsoleteAttribute))", "AttributesToAvoidReplicating")]
    public void FindReasonNotToShare_StateThatMoqOrCastleKeepsForTheProcess_RefusesSharing(string expression, string named) =>
        ReasonForSneaky($"public static object? Run() => {expression};").Should().Contain(named).And.Contain("Learner.cs:3");

    // The indent level of Trace and Debug belongs to the thread that runs the next exercise's tests and counts as high as
    // code likes. Their calls are compiled only where TRACE or DEBUG is defined, which a file may do for itself.
    [Theory]
    [InlineData("TRACE", "System.Diagnostics.Trace.Indent()", "Trace.Indent")]
    [InlineData("DEBUG", "System.Diagnostics.Debug.Indent()", "Debug.Indent")]
    public void FindReasonNotToShare_IndentLevelOfTraceOrDebug_RefusesSharing(string symbol, string statement, string named) =>
        Reason($$"""
            #define {{symbol}}
            public static class Sneaky
            {
                public static void Run() { {{statement}}; }
            }
            """).Should().Contain(named).And.Contain("Learner.cs:4");

    [Fact]
    public void FindReasonNotToShare_Dynamic_RefusesSharing() =>
        Reason("""
            public static class Sneaky
            {
                public static object? Run()
                {
                    object environment = typeof(Environment);
                    return ((dynamic)environment).GetMethod("SetEnvironmentVariable");
                }
            }
            """).Should().Contain("uses dynamic").And.Contain("Learner.cs:6");

    [Fact]
    public void FindReasonNotToShare_ChangingProcessWideSettings_RefusesSharing() =>
        Reason("""
            public static class Settings
            {
                public static void Run() => System.Globalization.CultureInfo.DefaultThreadCurrentCulture = new System.Globalization.CultureInfo("de-DE");
            }
            """).Should().Contain("changes the shared setting CultureInfo.DefaultThreadCurrentCulture");

    [Theory]
    [InlineData("ThreadPool.SetMaxThreads(2, 2)", "ThreadPool.SetMaxThreads")]
    [InlineData("ThreadPool.SetMinThreads(500, 500)", "ThreadPool.SetMinThreads")]
    [InlineData("System.IO.Directory.SetCurrentDirectory(\"/\")", "Directory.SetCurrentDirectory")]
    [InlineData("GC.AddMemoryPressure(1L << 40)", "GC.AddMemoryPressure")]
    [InlineData("GC.TryStartNoGCRegion(1 << 20)", "GC.TryStartNoGCRegion")]
    [InlineData("System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance)", "Encoding.RegisterProvider")]
    [InlineData("System.Runtime.ProfileOptimization.SetProfileRoot(\"/tmp\")", "ProfileOptimization")]
    [InlineData("System.Diagnostics.Trace.Listeners.Clear()", "Trace.Listeners")]
    public void FindReasonNotToShare_ChangingProcessWideSettingsThroughMethods_RefusesSharing(string statement, string named) =>
        Reason($$"""
            public static class Settings
            {
                public static void Run() { {{statement}}; }
            }
            """).Should().Contain(named);

    [Theory]
    [InlineData("string.Intern(new string('A', 1_000_000))", "String.Intern")]
    [InlineData("System.String.Intern(\"kept\")", "String.Intern")]
    [InlineData("new[] { \"a\", \"b\" }.Select(string.Intern).ToList()", "String.Intern")]
    [InlineData("string.IsInterned(\"a hidden test's input\")", "String.IsInterned")]
    public void FindReasonNotToShare_InterningStrings_RefusesSharing(string expression, string named) =>
        Reason($$"""
            public static class Interning
            {
                public static object? Run() => {{expression}};
            }
            """).Should().Contain(named);

    [Theory]
    [InlineData("System.Buffers.ArrayPool<char>.Shared", "ArrayPool.Shared")]
    [InlineData("System.Buffers.ArrayPool<byte>.Shared.Rent(4096)", "ArrayPool.Shared")]
    [InlineData("System.Buffers.MemoryPool<byte>.Shared.Rent(4096)", "MemoryPool.Shared")]
    [InlineData("GC.AllocateUninitializedArray<byte>(30_000)", "GC.AllocateUninitializedArray")]
    public void FindReasonNotToShare_ReadingMemoryOthersLeft_RefusesSharing(string expression, string named) =>
        Reason($$"""
            public static class Pooling
            {
                public static object? Run() => {{expression}};
            }
            """).Should().Contain(named);

    [Fact]
    public void FindReasonNotToShare_APoolOfItsOwn_AllowsSharing() =>
        Reason("""
            public static class Pooling
            {
                public static object Run() => System.Buffers.ArrayPool<char>.Create().Rent(16);
            }
            """).Should().BeNull();

    [Fact]
    public void FindReasonNotToShare_OrdinaryStringMethods_AllowsSharing() =>
        Reason("""
            public static class Strings
            {
                public static string Run(string[] parts) => string.Join(", ", parts.Select(part => string.Concat(part, "!"))) + string.Empty.PadLeft(2) + string.Format("{0}", 1);
            }
            """).Should().BeNull();

    [Fact]
    public void FindReasonNotToShare_UsingThreadsDirectly_RefusesSharing() =>
        Reason("""
            public static class Settings
            {
                public static void Run() => System.Threading.Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            }
            """).Should().Contain("uses System.Threading.Thread");

    [Fact]
    public void FindReasonNotToShare_ChangingItsOwnStaticState_AllowsSharing() =>
        Reason("""
            public static class Counter
            {
                private static int calls;
                public static int Run() => calls = calls + 1;
            }
            """).Should().BeNull();

    [Fact]
    public void FindReasonInSource_ChangingItsOwnStaticState_AllowsSharing()
    {
        var outcome = new AssemblyBuilder("Learner", ReferenceSet.Shared.Learner).Build([new SourceFile("Learner.cs", """
            public static class Counter
            {
                private static int calls;
                public static int Run() => calls = calls + 1;
            }
            """)]);

        SharingPolicy.FindReasonInSource(outcome.Compilation, ["Learner.cs"]).Should().BeNull(
            "the line by line search, too, lets code change its own static state");
    }

    [Fact]
    public void FindReasonNotToShare_SearchOutOfTime_RefusesSharing() =>
        Reason("""
            public static class Lookup
            {
                public static object? Run() => typeof(Lookup).GetMethod("Run");
            }
            """, new CancellationToken(canceled: true)).Should().Be("could not be searched line by line in good time");

    [Fact]
    public void FindReasonNotToShare_PlainCodeOutOfTime_AllowsSharing() =>
        Reason("""
            public static class Sum
            {
                public static int Run(int a, int b) => a + b;
            }
            """, new CancellationToken(canceled: true)).Should().BeNull("what the compiled code references is read without a search");

    // The member stands on line 3 of Learner.cs.
    private static string? ReasonForSneaky(string member) => Reason($$"""
        public static class Sneaky
        {
            {{member}}
        }
        """);

    private static string? Reason(string source, CancellationToken cancellationToken = default)
    {
        var builder = new AssemblyBuilder("Learner", ReferenceSet.Shared.Learner);
        var outcome = builder.Build([new SourceFile("Learner.cs", source)]);
        outcome.Errors.Should().BeEmpty();
        return SharingPolicy.FindReasonNotToShare(outcome.Compilation, outcome.Image!, ["Learner.cs"], cancellationToken);
    }
}
