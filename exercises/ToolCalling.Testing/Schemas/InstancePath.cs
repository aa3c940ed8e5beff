using Newtonsoft.Json.Linq;

namespace ToolCalling.Testing;

/// <summary>The JSON path, such as <c>$.items[2].name</c>, of a part of a value as NJsonSchema holds it.</summary>
internal static class InstancePath
{
    public static string Of(JToken token)
    {
        var route = new Stack<JToken>();
        for (var at = token; at.Parent is not null; at = at.Parent)
        {
            route.Push(at);
        }

        var path = "$";
        foreach (var at in route)
        {
            path = at switch
            {
                JProperty property => JsonPath.Property(path, property.Name),
                _ when at.Parent is JArray list => JsonPath.Index(path, list.IndexOf(at)),
                _ => path,
            };
        }

        return path;
    }
}
