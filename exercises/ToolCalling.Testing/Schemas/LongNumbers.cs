namespace ToolCalling.Testing;

/// <summary>Shows a number written with very many digits in a message without printing all of them.</summary>
internal static class LongNumbers
{
    private const int Shown = 40;

    public static string Show(string number) =>
        number.Length <= Shown ? number : $"{number[..Shown]}… ({number.Count(char.IsAsciiDigit)} digits)";
}
