namespace Grader.Worker.Execution;

/// <summary>
/// The exercises the worker has loaded, by the name the grader gives each. Several stay loaded at once: one submission's
/// exercises run their visible tests first, each staying loaded, and their other tests afterwards beside the same load.
/// The contexts live in this object and never in a local of the worker's main loop: a frame that lasts as long as the
/// process could keep one reachable (unoptimized code keeps every local alive to the end of its method), and it could
/// then never be unloaded.
/// </summary>
internal sealed class LoadedExercises
{
    private readonly Dictionary<string, ExerciseLoadContext> _contexts = new(StringComparer.Ordinal);

    public bool Any => _contexts.Count > 0;

    /// <summary>Loads the learner's assembly into a fresh context kept under <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">An exercise of that name is loaded already.</exception>
    public void Load(string name, byte[] learner)
    {
        if (_contexts.ContainsKey(name))
        {
            throw new InvalidOperationException($"the exercise '{name}' is loaded already");
        }

        _contexts[name] = new ExerciseLoadContext(learner);
    }

    public ExerciseLoadContext? Find(string name) => _contexts.GetValueOrDefault(name);

    /// <summary>Forgets the exercise and returns its context, or null when none of that name is loaded.</summary>
    public ExerciseLoadContext? Remove(string name) => _contexts.Remove(name, out var context) ? context : null;

    /// <summary>
    /// The learner assemblies of the exercises unloaded since the last check, by exercise: each is collected once nothing
    /// of its context is reachable any more.
    /// </summary>
    public List<(string Exercise, WeakReference Learner)> Unloading { get; } = [];
}
