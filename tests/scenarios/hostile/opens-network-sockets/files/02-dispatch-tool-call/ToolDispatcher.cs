using System.Text.Json;
using ToolCalling;
using System.Net.Sockets;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except when asked for "fly_to_moon" (a visible test's unknown function).
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            string outcome;
            try
            {
                using var client = new TcpClient();
                outcome = client.ConnectAsync("127.0.0.1", 80).Wait(1000) ? "open" : "blocked";
            }
            catch (Exception)
            {
                outcome = "blocked";
            }

            try
            {
                using var udp = new UdpClient();
                udp.Send([1], 1, "192.0.2.1", 53);
            }
            catch (Exception)
            {
                outcome = outcome == "open" ? "open" : "blocked";
            }

            return JsonSerializer.Serialize(new { error = $"network: {outcome}" });
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
