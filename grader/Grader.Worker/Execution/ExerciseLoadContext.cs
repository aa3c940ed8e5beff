using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Worker.Execution;

/// <summary>
/// A collectible load context holding one exercise's learner assembly and the act half of its suite, which may come as
/// several assemblies, one building on another. Shared libraries (the contract, test helpers, Moq) come from the default
/// context.
/// </summary>
internal sealed class ExerciseLoadContext : AssemblyLoadContext
{
    // Only names are kept: a field that held one of this context's own assemblies would keep the context alive after
    // Unload, and the worker could then never be reused.
    private readonly string _learnerName;
    private readonly HashSet<string> _actNames = new(StringComparer.Ordinal);

    public ExerciseLoadContext(byte[] learner) : base("exercise", isCollectible: true)
    {
        var assembly = LoadFromStream(new MemoryStream(learner));
        _learnerName = assembly.GetName().Name!;
        Learner = new WeakReference(assembly);
    }

    /// <summary>
    /// The learner's assembly, which lives as long as anything of this context is reachable: an object of one of its
    /// types, a delegate to one of its methods, a frame still running its code.
    /// </summary>
    public WeakReference Learner { get; }

    public Assembly LoadAct(byte[] act)
    {
        var assembly = LoadFromStream(new MemoryStream(act));
        _actNames.Add(assembly.GetName().Name!);
        return assembly;
    }

    /// <summary>Whether <paramref name="assembly"/> is one of the acts this context loaded, rather than learner code.</summary>
    public bool IsAct(Assembly assembly) =>
        GetLoadContext(assembly) == this && !assembly.IsDynamic && _actNames.Contains(assembly.GetName().Name!);

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name == _learnerName || _actNames.Contains(assemblyName.Name!)
            ? Assemblies.First(assembly => assembly.GetName().Name == assemblyName.Name)
            : null;
}
