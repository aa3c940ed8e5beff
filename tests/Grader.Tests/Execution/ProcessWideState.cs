namespace Grader.Tests.Execution;

/// <summary>
/// Tests that look at what the whole test process holds (its descriptors, caches shared by every mock model) run
/// alone: other tests start workers, open pipes and send requests all the while.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class ProcessWideState
{
    public const string Name = "process-wide state";
}
