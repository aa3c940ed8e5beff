using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Suites;

/// <summary>Holds, inside the grader, an exercise's compiled starter and the check half of its suite.</summary>
internal sealed class SuiteLoadContext : AssemblyLoadContext
{
    private readonly Assembly _contract;

    public SuiteLoadContext(string name, byte[] contract, byte[] checks) : base(name)
    {
        _contract = LoadFromStream(new MemoryStream(contract));
        Checks = LoadFromStream(new MemoryStream(checks));
    }

    public Assembly Checks { get; }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        AssemblyName.ReferenceMatchesDefinition(assemblyName, _contract.GetName()) ? _contract : null;
}
