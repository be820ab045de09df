using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>
/// The per-connection evidence of a Cloud write (see <see cref="EvidenceFolder"/>): the fields written when guide step 3
/// starts, the filled panel's picture once step 4 has shown the Service Provider, and the panel's picture with Test
/// Connection's result after step 5 (its folder becomes the step's <see cref="ObservedStep.Evidence"/>); on the Server,
/// the fields read and the Edit panel's picture after step 1.2.
/// </summary>
internal sealed class PanelEvidenceObserver(EvidenceFolder folder) : IGuideStepObserver
{
    public ValueTask StepStartedAsync(ObservedStep step)
    {
        if (step.Step == GuideStep.CopyFields && step.Record is { } record) folder.WriteCloudFields(record);
        return ValueTask.CompletedTask;
    }

    public async ValueTask StepFinishedAsync(ObservedStep step)
    {
        if (step.Step == GuideStep.ServerEdit && step.Read is { } read) folder.WriteServerFields(read);
        var file = step.Step switch
        {
            GuideStep.ServerEdit => EvidenceFolder.ServerEditShot,
            GuideStep.ServiceProvider => EvidenceFolder.CloudFilledShot,
            GuideStep.TestConnection => EvidenceFolder.TestResultShot,
            _ => null,
        };
        if (file is null || step.View is not { } view) return;
        step.Evidence = await folder.ShotAsync(step.Named ?? step.Connection, file, view.Page, view.Panel, view.Masked, view.Frame).ConfigureAwait(false);
    }
}
