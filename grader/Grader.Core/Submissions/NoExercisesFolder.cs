namespace Grader.Submissions;

/// <summary>Why a folder given as one submission holds no exercises/ folder, and what to give the grader instead.</summary>
public static class NoExercisesFolder
{
    private const string WhatToGive = "Give the folder that holds exercises/ (the top folder of the student edition), or exercises/ itself.";

    /// <param name="given">The folder as the user gave it.</param>
    public static string Explain(string given)
    {
        var exercises = Path.Combine(given, Submission.ExercisesFolder);
        if (File.Exists(exercises))
        {
            return $"{given} has a file named exercises where the exercises/ folder should be. {WhatToGive}";
        }

        var submissions = Directory.EnumerateDirectories(given).Count(child => Directory.Exists(Path.Combine(child, Submission.ExercisesFolder)));
        if (submissions > 1)
        {
            return $"{given} looks like a class folder: {submissions} of its subfolders hold exercises/. Grade it with grade-all {given} --output <dir>.";
        }

        return Hint(given) is { } hint
            ? $"{given} holds no exercises/ folder: {hint}."
            : $"{given} holds no exercises/ folder. {WhatToGive}";
    }

    /// <summary>What to do about a folder without exercises/: rename the folder that is there instead, or unpack the archive; null when neither is there.</summary>
    public static string? Hint(string folder) => Misnamed(folder) ?? Packed(folder);

    /// <summary>Says which folder is there instead of exercises/, in other letter case, and to rename it; null when there is none.</summary>
    public static string? Misnamed(string folder) => MisnamedFolder.Find(folder, Submission.ExercisesFolder) is { } found
        ? $"{Path.Combine(folder, found)} is there; rename it to {Submission.ExercisesFolder}"
        : null;

    private static string? Packed(string folder) => ArchiveFile.OnlyOneIn(folder) is { } archive
        ? $"it holds {archive}, still packed; unpack it there"
        : null;
}
