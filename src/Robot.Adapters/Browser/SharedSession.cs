using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// One site's login shared by every browser context of a run: the first context that needs the site logs in, the
/// others start from its Playwright storage state (cookies and local storage) instead of logging in again.
/// The state stays in memory only: it holds the session cookies. A context whose shared session expires still logs
/// in again by itself (the page objects' own expiry handling); that does not replace the shared state.
/// </summary>
public sealed class SharedSession
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? storageState;
    private string? refusal;

    /// <summary>The logged-in context's storage state as JSON; null until one context has logged in.</summary>
    public string? StorageState => Volatile.Read(ref storageState);

    /// <summary>Every context starts from a saved session's state (<see cref="SavedSession"/>): nobody logs in.</summary>
    public void StartFrom(string savedState) => Volatile.Write(ref storageState, savedState);

    /// <summary>
    /// Null when a logged-in state is there to start from. Otherwise waits while another context logs in and gives
    /// this one the turn to log in (dispose it when done; <see cref="LoginTurn.PublishAsync"/> after success).
    /// A login refused to one context is refused to all at once: repeated bad logins can lock the account.
    /// </summary>
    public async Task<LoginTurn?> WaitForLoginAsync(CancellationToken cancellationToken)
    {
        ThrowIfRefused();
        if (StorageState is not null) return null;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (StorageState is null && Volatile.Read(ref refusal) is null) return new LoginTurn(this);
        gate.Release();
        ThrowIfRefused();
        return null;
    }

    private void ThrowIfRefused()
    {
        if (Volatile.Read(ref refusal) is { } message) throw new SiteLoginException(message);
    }

    /// <summary>The one context that logs in while the others wait.</summary>
    public sealed class LoginTurn(SharedSession owner) : IDisposable
    {
        private bool released;

        /// <summary>Keeps the logged-in context's state for the contexts still to come.</summary>
        public async Task PublishAsync(IBrowserContext context)
        {
            var state = await context.StorageStateAsync().ConfigureAwait(false);
            Volatile.Write(ref owner.storageState, state);
        }

        public void Refused(SiteLoginException error) => Volatile.Write(ref owner.refusal, error.Message);

        public void Dispose()
        {
            if (released) return;
            released = true;
            owner.gate.Release();
        }
    }
}
