namespace Robot.Sandbox.Faults;

/// <summary>
/// Counts the Cloud's Test Connection calls in flight at once, and, when asked, holds each until that many are in
/// flight together (or <see cref="MaxHold"/> has passed), so a test can show how many workers really wrote at once:
/// one worker never has two tests in flight, however the timing falls.
/// </summary>
public sealed class TestGate(int holdUntilConcurrent)
{
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(10);

    private readonly object gate = new();
    private int inFlight;
    private int most;
    private TaskCompletionSource enough = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The most Test Connection calls ever in flight at once.</summary>
    public int MostAtOnce { get { lock (gate) return this.most; } }

    /// <summary>Enters one call (held as configured); dispose the result when the call has answered.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        Task enough;
        lock (gate)
        {
            inFlight++;
            this.most = Math.Max(this.most, inFlight);
            if (holdUntilConcurrent > 0 && inFlight >= holdUntilConcurrent) this.enough.TrySetResult();
            enough = this.enough.Task;
        }
        if (holdUntilConcurrent > 1) await Task.WhenAny(enough, Task.Delay(MaxHold, ct));
        return new Exit(this);
    }

    private sealed class Exit(TestGate owner) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 1) return;
            lock (owner.gate)
            {
                owner.inFlight--;
                // Once released, later calls are held again until as many are in flight.
                if (owner.inFlight == 0 && owner.enough.Task.IsCompleted)
                    owner.enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
