using Grader.Suites;

namespace Suites.SearchProductsSchema;

[Graded(2, "The schema rejects the invalid samples the instructions show (What to build, the samples after step 7).", Visibility = Visibility.Visible)]
public sealed class Parameters_reject_the_invalid_samples_of_the_instructions : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireRejected(Parameters(produced),
        "query is required, category is one of four, max_price is a number and in_stock a boolean",
        ("""{"category": "books"}""", "query"),
        ("""{"query": "apple", "category": "food"}""", "category"),
        ("""{"query": "lamp", "max_price": "cheap"}""", "max_price"),
        ("""{"query": "lamp", "in_stock": "yes"}""", "in_stock"));
}

[Graded(1, "A query that is not a string is rejected (What to build, step 4).")]
public sealed class Parameters_reject_a_query_that_is_not_a_string : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireRejected(Parameters(produced),
        "query must be a string", "query",
        """{"query": 42}""",
        """{"query": true}""",
        """{"query": ["lamp"]}""",
        """{"query": {"text": "lamp"}}""",
        """{"query": 3.5, "category": "home"}""");
}

[Graded(1, "A max_price that is not a number is rejected (What to build, step 4).")]
public sealed class Parameters_reject_a_price_that_is_not_a_number : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireRejected(Parameters(produced),
        "max_price must be a number", "max_price",
        """{"query": "lamp", "max_price": "49.99"}""",
        """{"query": "lamp", "max_price": "under 50"}""",
        """{"query": "lamp", "max_price": true}""",
        """{"query": "lamp", "max_price": [10, 20]}""",
        """{"query": "lamp", "max_price": {"amount": 10}}""");
}

[Graded(1, "An in_stock that is not a boolean is rejected (What to build, step 4).")]
public sealed class Parameters_reject_an_in_stock_that_is_not_a_boolean : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireRejected(Parameters(produced),
        "in_stock must be a boolean", "in_stock",
        """{"query": "lamp", "in_stock": "true"}""",
        """{"query": "lamp", "in_stock": "no"}""",
        """{"query": "lamp", "in_stock": 1}""",
        """{"query": "lamp", "in_stock": 0}""",
        """{"query": "lamp", "in_stock": [true]}""");
}
