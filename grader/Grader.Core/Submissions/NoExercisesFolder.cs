namespace Grader.Submissions;

/// <summary>Why a folder given as one submission holds no exercises/ folder, and what to give the grader instead.</summary>
public static class NoExercisesFolder
{
    private const string WhatToGive = "Give the folder that holds exercises/ (the top folder of the student edition), or exercises/ itself.";

    /// <param name="given">The folder as the user gave it.</param>
    public static string Explain(string given)
    {
        var exercises = Path.Combine(given, "exercises");
        if (File.Exists(exercises))
        {
            return $"{given} has a file named exercises where the exercises/ folder should be. {WhatToGive}";
        }

        var submissions = Directory.EnumerateDirectories(given).Count(child => Directory.Exists(Path.Combine(child, "exercises")));
        return submissions > 1
            ? $"{given} looks like a class folder: {submissions} of its subfolders hold exercises/. Grade it with grade-all {given} --output <dir>."
            : $"{given} holds no exercises/ folder. {WhatToGive}";
    }
}
