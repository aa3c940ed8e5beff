using System.Text.Json.Nodes;
using Grader.Suites;

namespace Suites.SearchProductsSchema;

[Graded(2, "The schema accepts the valid samples the instructions show (What to build, the samples after step 7).", Visibility = Visibility.Visible)]
public sealed class Parameters_accept_the_valid_samples_of_the_instructions : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireAccepted(Parameters(produced),
        "query alone, or with valid values for category, max_price and in_stock", StrictModeHint(produced),
        """{"query": "headphones"}""",
        """{"query": "lamp", "category": "home", "max_price": 49.99, "in_stock": true}""",
        """{"query": "novel", "category": "books"}""",
        """{"query": "jacket", "max_price": 120}""");
}

[Graded(2, "The schema accepts query alone or with any combination of valid optional arguments, in every category (What to build, steps 4 to 6).")]
public sealed class Parameters_accept_every_combination_of_valid_arguments : DefinitionTest
{
    public override void Check(Produced produced)
    {
        string[] queries = ["usb cable", "winter coat", "cookbook", "desk lamp"];
        string[] categories = ["electronics", "clothing", "books", "home"];
        decimal[] prices = [15, 79.5m, 9.99m, 250];
        bool[] stock = [true, false, false, true];
        var samples = Enumerable.Range(0, 8).SelectMany(optional => Enumerable.Range(0, 4).Select(pick => (JsonNode)ArgumentSamples.Arguments(
            ("query", queries[pick]),
            ("category", (optional & 1) != 0 ? categories[pick] : null),
            ("max_price", (optional & 2) != 0 ? prices[pick] : null),
            ("in_stock", (optional & 4) != 0 ? stock[pick] : null))));
        ArgumentSamples.RequireAccepted(Parameters(produced), "query with any of category, max_price and in_stock", samples, StrictModeHint(produced));
    }
}

[Graded(1, "max_price accepts any price, whole or with decimals (What to build, step 4).")]
public sealed class Parameters_accept_whole_and_decimal_prices : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireAccepted(Parameters(produced),
        "max_price is a number, and a number may be whole or have decimals", StrictModeHint(produced),
        """{"query": "mouse", "max_price": 1}""",
        """{"query": "monitor", "max_price": 300}""",
        """{"query": "socks", "max_price": 4.5}""",
        """{"query": "kettle", "max_price": 0.99}""",
        """{"query": "laptop", "max_price": 2499.95}""",
        """{"query": "scarf", "max_price": 20.0, "in_stock": true}""");
}

[Graded(1, "in_stock accepts both true and false (What to build, step 4).")]
public sealed class Parameters_accept_in_stock_true_and_false : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireAccepted(Parameters(produced),
        "in_stock is a boolean, so false is as valid as true", StrictModeHint(produced),
        """{"query": "chair", "in_stock": false}""",
        """{"query": "chair", "in_stock": true}""",
        """{"query": "atlas", "max_price": 30, "in_stock": false}""");
}

[Graded(1, "query accepts any search text (What to build, step 4).", Visibility = Visibility.AfterDueDate)]
public sealed class Parameters_accept_any_text_as_the_query : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireAccepted(Parameters(produced),
        "query is a string, whatever its characters",
        new JsonNode[]
        {
            new JsonObject { ["query"] = "café crème mugs" },
            new JsonObject { ["query"] = "東京 guidebook" },
            new JsonObject { ["query"] = "😀 stickers" },
            new JsonObject { ["query"] = "12\" ruler" },
            new JsonObject { ["query"] = "C:\\cables\\usb" },
            new JsonObject { ["query"] = "red\nshoes" },
            new JsonObject { ["query"] = "x" },
            new JsonObject { ["query"] = string.Join(" ", Enumerable.Repeat("ergonomic", 25)) },
        },
        StrictModeHint(produced));
}
