namespace ToolCalling.Testing;

/// <summary>How much a problem in a tool definition matters.</summary>
public enum ProblemSeverity
{
    /// <summary>The definition is wrong: the API rejects it, or the model cannot use it as meant.</summary>
    Error,

    /// <summary>The definition works, but the model is likely to call it badly.</summary>
    Warning,
}
