namespace ToolCalling.Testing;

/// <summary>How far apart two spellings are, to suggest the word someone probably meant.</summary>
internal static class Spelling
{
    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn one word into the other.</summary>
    public static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The closest of <paramref name="known"/> to <paramref name="word"/>, if it is close enough to be a typo.</summary>
    public static string? ClosestTo(string word, IEnumerable<string> known) => known
        .Select(candidate => (candidate, distance: Distance(word, candidate)))
        .Where(match => match.distance > 0 && match.distance <= (match.candidate.Length <= 5 ? 1 : 2))
        .OrderBy(match => match.distance)
        .Select(match => match.candidate)
        .FirstOrDefault();
}
