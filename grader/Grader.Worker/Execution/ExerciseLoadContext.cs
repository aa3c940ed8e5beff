using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Worker.Execution;

/// <summary>
/// A collectible load context holding one exercise's learner assembly and the act half of its suite.
/// Shared libraries (the contract, test helpers, Moq) come from the default context.
/// </summary>
internal sealed class ExerciseLoadContext : AssemblyLoadContext
{
    private readonly Assembly _learner;

    public ExerciseLoadContext(byte[] learner, byte[] act) : base("exercise", isCollectible: true)
    {
        _learner = LoadFromStream(new MemoryStream(learner));
        Act = LoadFromStream(new MemoryStream(act));
    }

    public Assembly Act { get; }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        AssemblyName.ReferenceMatchesDefinition(assemblyName, _learner.GetName()) ? _learner : null;
}
