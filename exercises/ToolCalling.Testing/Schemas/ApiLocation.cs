namespace ToolCalling.Testing;

/// <summary>
/// A place in a tool definition, named twice: as a JSON path for the reader (<c>$.function.name</c>)
/// and as the API names request parameters in its errors (<c>tools[0].function.name</c>).
/// </summary>
internal readonly record struct ApiLocation(string Path, string Param)
{
    /// <summary>
    /// The location of a whole tool. A lone tool (<c>$</c>) is named as the API would name it if it were
    /// the first tool of a request: <c>tools[0]</c>. A tool of a file that holds an array of them (<c>$[2]</c>) is
    /// named as that tool of the request: <c>tools[2]</c>.
    /// </summary>
    public static ApiLocation ForTool(string basePath)
    {
        var param = ParamOf(basePath);
        return new ApiLocation(basePath, param.Length == 0 ? "tools[0]" : param.StartsWith('[') ? "tools" + param : param);
    }

    /// <summary>A location whose API name is its path without the leading <c>$.</c>.</summary>
    public static ApiLocation ForPath(string path) => new(path, ParamOf(path));

    public ApiLocation Property(string name) =>
        new(JsonPath.Property(Path, name), Param.Length == 0 ? name : $"{Param}.{name}");

    private static string ParamOf(string path) => path switch
    {
        "$" => "",
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };
}
