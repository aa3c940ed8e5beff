namespace ToolCalling.Testing;

/// <summary>How far apart two spellings are, to suggest the word someone probably meant.</summary>
internal static class Spelling
{
    // Words further apart than this are never taken for typos of each other, so only the cells of the table this close
    // to its diagonal are worked out: the work then grows with the words' length, not with its square.
    private const int MaxEdits = 3;

    // Nobody mistypes a name this long, and both words can come from code under test, which can make every name of a
    // schema megabytes long; comparing such names would keep the checks busy for nothing.
    private const int MaxLength = 128;

    /// <summary>
    /// Edits (insert, delete, replace, swap two neighbours) that turn one word into the other, or <see cref="int.MaxValue"/>
    /// when that takes more than three, or either word is longer than any name anyone mistypes.
    /// </summary>
    public static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxEdits || a.Length > MaxLength || b.Length > MaxLength)
        {
            return int.MaxValue;
        }

        const int far = MaxEdits + 1;
        // Rows of the table for a's prefixes of length i - 2, i - 1 and i; a cell off the band counts as too far.
        var twoBack = new int[b.Length + 1];
        var oneBack = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            oneBack[j] = Math.Min(j, far);
            twoBack[j] = far;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var first = Math.Max(1, i - MaxEdits);
            var last = Math.Min(b.Length, i + MaxEdits);
            Array.Fill(row, far);
            row[0] = Math.Min(i, far);
            for (var j = first; j <= last; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(oneBack[j] + 1, row[j - 1] + 1), oneBack[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, twoBack[j - 2] + 1);
                }

                row[j] = Math.Min(cell, far);
            }

            (twoBack, oneBack, row) = (oneBack, row, twoBack);
        }

        return oneBack[b.Length] > MaxEdits ? int.MaxValue : oneBack[b.Length];
    }

    /// <summary>The closest of <paramref name="known"/> to <paramref name="word"/>, if it is close enough to be a typo.</summary>
    public static string? ClosestTo(string word, IEnumerable<string> known) => known
        .Select(candidate => (candidate, distance: Distance(word, candidate)))
        .Where(match => match.distance > 0 && match.distance <= (match.candidate.Length <= 5 ? 1 : 2))
        .OrderBy(match => match.distance)
        .Select(match => match.candidate)
        .FirstOrDefault();
}
