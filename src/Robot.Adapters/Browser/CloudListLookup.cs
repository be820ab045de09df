namespace Robot.Adapters.Browser;

/// <summary>
/// Whether a connection is already on Cloud, asked before a retried Add (a Save whose answer was lost may have stored
/// it) and before re-adding what an interrupted run began. A wrong "not there" makes a second copy, so it is trusted
/// only from a list loaded after that Save and still on screen once read: the app is loaded again (a new document;
/// the list on screen, or one an app keeps in memory and shows again when its link is clicked, may be the one from
/// before the Save), and a list that was replaced while it loaded is no answer but a fault, retried.
/// </summary>
internal sealed class CloudListLookup(CloudPage cloud, CloudList list)
{
    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        cloud.Lost();
        await list.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await list.RowOfAsync(name).ConfigureAwait(false) is not null) return true;
        await list.ThrowUnlessStillListedAsync($"'{name}' was looked for in it").ConfigureAwait(false);
        return false;
    }
}
