using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>
/// The OAuth2 Credentials' evidence as a watcher of their write (see <see cref="CredentialEvidence"/>): once the fields
/// are copied into the Cloud's panel, its picture (Client Secret painted over) as cloud-filled.png in the credential's
/// folder; the step's <see cref="ObservedStep.Evidence"/> becomes that folder.
/// </summary>
public sealed class CredentialEvidenceObserver(EvidenceFolder folder) : IGuideStepObserver
{
    public async ValueTask StepFinishedAsync(ObservedStep step)
    {
        if (step.Step != GuideStep.CopyFields || step.View is not { } view) return;
        step.Evidence = await folder.ShotAsync(step.Connection, CredentialEvidence.FilledShot, view.Page, view.Panel, view.Masked, view.Frame)
            .ConfigureAwait(false);
    }
}
