using System.Text.Json.Serialization;

namespace Exercises;

// Given: a small fake shop backend with deterministic data. Don't edit this file; the grader uses its own copy.
public static class Shop
{
    public const int OrdersPerUser = 8;

    private static readonly string[] Names = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Edsger Dijkstra", "Radia Perlman"];
    private static readonly string[] Tiers = ["standard", "silver", "gold"];
    private static readonly string[] Items = ["USB-C cable", "Desk lamp", "Paperback novel", "Rain jacket", "Coffee grinder", "Wireless mouse", "Yoga mat", "Notebook"];

    /// <summary>The account behind <paramref name="userId"/>. Every id has one.</summary>
    public static ShopUser LookupUser(string userId)
    {
        var seed = Seed(userId);
        return new ShopUser(userId, Names[seed % Names.Length], $"user{seed}@example.com", Tiers[seed % Tiers.Length]);
    }

    /// <summary>The user's most recent orders, newest first: at most <paramref name="limit"/> of them, and never more than eight.</summary>
    public static IReadOnlyList<ShopOrder> GetOrderHistory(string userId, int limit)
    {
        var seed = Seed(userId);
        return Enumerable.Range(1, Math.Clamp(limit, 0, OrdersPerUser))
            .Select(number => new ShopOrder(
                $"ORD-{seed % 9000 + 1000}-{number}",
                Items[(seed + number) % Items.Length],
                Math.Round(4.99m + (seed + 7 * number) % 60, 2),
                number <= 2 ? "shipped" : "delivered"))
            .ToList();
    }

    private static int Seed(string text)
    {
        var hash = 17;
        foreach (var character in text)
        {
            hash = (hash * 31 + character) % 1_000_003;
        }

        return hash;
    }
}

public sealed record ShopUser(
    [property: JsonPropertyName("user_id")] string UserId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("tier")] string Tier);

public sealed record ShopOrder(
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("item")] string Item,
    [property: JsonPropertyName("total")] decimal Total,
    [property: JsonPropertyName("status")] string Status);
