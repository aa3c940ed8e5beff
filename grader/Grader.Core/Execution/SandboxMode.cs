namespace Grader.Execution;

/// <summary>How workers are isolated: bubblewrap when available (auto), always bubblewrap, or not at all.</summary>
public enum SandboxMode
{
    Auto,
    Bwrap,
    None,
}
