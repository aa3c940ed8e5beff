using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Worker.Execution;

/// <summary>
/// A collectible load context holding one exercise's learner assembly and the act half of its suite.
/// Shared libraries (the contract, test helpers, Moq) come from the default context.
/// </summary>
internal sealed class ExerciseLoadContext : AssemblyLoadContext
{
    // Only the learner assembly's name is kept: a field that held one of this context's own assemblies would
    // keep the context alive after Unload, and the worker could then never be reused.
    private readonly string _learnerName;

    public ExerciseLoadContext(byte[] learner) : base("exercise", isCollectible: true) =>
        _learnerName = LoadFromStream(new MemoryStream(learner)).GetName().Name!;

    public Assembly LoadAct(byte[] act) => LoadFromStream(new MemoryStream(act));

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name == _learnerName ? Assemblies.First(assembly => assembly.GetName().Name == _learnerName) : null;
}
