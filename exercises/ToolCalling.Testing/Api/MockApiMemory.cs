namespace ToolCalling.Testing;

/// <summary>
/// What mock models remember from one request to the next to answer faster: their verdicts on tool definitions and
/// the schemas they loaded to check arguments. All of it comes from what the code under test sent.
/// </summary>
internal static class MockApiMemory
{
    /// <summary>
    /// Forgets all of it. The grader's workers call this between groups of tests, so that how fast a request is answered
    /// never tells one group which definitions or schemas another sent.
    /// </summary>
    public static void Forget()
    {
        ToolVerdicts.Shared.Forget();
        SchemaValidator.ForgetLoaded();
    }
}
