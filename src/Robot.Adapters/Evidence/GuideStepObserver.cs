using Microsoft.Playwright;
using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>
/// Watches the guide's steps as a page object performs them: the step log, the evidence pictures and the failure
/// trace are observers, so the page object's code reads as the guide's steps and a new record of a run is one more
/// observer. Every member has a default that does nothing; an observer overrides what it needs. Observers are told in
/// the order they were given, and an observer that throws stops the write (as the code it replaced did).
/// </summary>
public interface IGuideStepObserver
{
    /// <summary>A connection's write begins (before guide step 2.1).</summary>
    ValueTask WriteStartedAsync(ObservedWrite write) => ValueTask.CompletedTask;

    /// <summary>A guide step begins (before its first action).</summary>
    ValueTask StepStartedAsync(ObservedStep step) => ValueTask.CompletedTask;

    /// <summary>A guide step ended well; <see cref="ObservedStep.Detail"/> says how.</summary>
    ValueTask StepFinishedAsync(ObservedStep step) => ValueTask.CompletedTask;

    /// <summary>A guide step threw <paramref name="error"/>; <see cref="ObservedStep.Detail"/> holds what it said before.</summary>
    ValueTask StepFailedAsync(ObservedStep step, Exception error) => ValueTask.CompletedTask;

    /// <summary>The write ended: <paramref name="failed"/> when it threw or did not save.</summary>
    ValueTask WriteEndedAsync(ObservedWrite write, bool failed) => ValueTask.CompletedTask;
}

/// <summary>What an observer may picture of a step: the page, the panel the step works in, the fields to paint over and the iframe that holds the panel.</summary>
public sealed record PanelView(IPage Page, ILocator Panel, IReadOnlyList<ILocator> Masked, ILocator? Frame = null);

/// <summary>One connection's write as the observers see it.</summary>
/// <param name="Connection">The connection's name.</param>
/// <param name="ContextAsync">The browser context the write runs in (opened on first use).</param>
/// <param name="Secrets">Values no record of the write may hold, as known when asked (a run learns more as it goes).</param>
public sealed record ObservedWrite(string Connection, Func<Task<IBrowserContext>> ContextAsync, Func<IEnumerable<string?>> Secrets);

/// <summary>One guide step of one connection as the observers see it; the step and the observers fill in the settable parts.</summary>
public sealed class ObservedStep(GuideStep step, string connection)
{
    public GuideStep Step { get; } = step;

    public string Connection { get; } = connection;

    /// <summary>The Cloud record being written, when the step writes one.</summary>
    public CloudConnection? Record { get; init; }

    /// <summary>The panel the step works in, once open; null before.</summary>
    public PanelView? View { get; set; }

    /// <summary>The connection's name when the step learnt it (the Server's Edit panel); null keeps <see cref="Connection"/>.</summary>
    public string? Named { get; set; }

    /// <summary>The Server record the step read from a filled panel (guide step 1.2); null when it read none.</summary>
    public ServerConnection? Read { get; set; }

    /// <summary>How the step went, in a few words (set by the step).</summary>
    public string Detail { get; set; } = "";

    /// <summary>Where an observer kept this step's evidence (a folder), or "" (set by the observers).</summary>
    public string Evidence { get; set; } = "";
}
