using System.Globalization;
using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>
/// Every action the page objects take, written as the guide's numbered step with the connection's name and the time
/// it took: one line per step in <c>steps.log</c>, and echoed (verbose / replay) when asked. Names and field words only;
/// the page objects never hand it a password, and each line is scrubbed of the secrets it is given anyway.
/// </summary>
public sealed class StepLog
{
    public const string FileName = "steps.log";

    private readonly string? path;
    private readonly TimeProvider clock;
    private readonly Action<string>? echo;
    private readonly Func<GuideStep, string, Task>? beforeStep;
    private readonly Func<IEnumerable<string?>> secrets;
    private readonly Lock gate = new();

    /// <param name="path">steps.log to append to; null writes no file.</param>
    /// <param name="clock">Stamps each line and times each step.</param>
    /// <param name="echo">Shown each line as it is written (console in verbose or replay mode).</param>
    /// <param name="beforeStep">Awaited before each step starts (--step waits for Enter there).</param>
    /// <param name="secrets">Values no line may contain (scrubbed).</param>
    public StepLog(string? path, TimeProvider clock, Action<string>? echo = null, Func<GuideStep, string, Task>? beforeStep = null,
        Func<IEnumerable<string?>>? secrets = null)
    {
        if (path is not null)
        {
            this.path = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(this.path)!);
        }
        this.clock = clock;
        this.echo = echo;
        this.beforeStep = beforeStep;
        this.secrets = secrets ?? (() => []);
    }

    public string? FilePath => path;

    /// <summary>Starts a step; disposing the handle (or <see cref="Step.Done"/>) writes its line with the time it took.</summary>
    public async Task<Step> BeginAsync(GuideStep step, string connection)
    {
        if (beforeStep is not null) await beforeStep(step, connection).ConfigureAwait(false);
        return new Step(this, step, connection, clock.GetTimestamp());
    }

    internal void Write(GuideStep step, string connection, TimeSpan took, string detail)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{clock.GetUtcNow():yyyy-MM-dd'T'HH:mm:ss.fff'Z'}  {step.Number(),-3}  {step.Title()}  '{connection}'  {took.TotalMilliseconds:0} ms");
        if (detail.Length > 0) line += "  " + detail;
        line = SecretText.Scrub(line.Replace('\n', ' ').Replace('\r', ' '), secrets().ToList());
        // Opened per line (a few per connection): the file is complete whenever the run stops.
        if (path is not null) lock (gate) File.AppendAllText(path, line + Environment.NewLine);
        echo?.Invoke($"step {step.Number()} {step.Title()} '{connection}' ({took.TotalMilliseconds:0} ms){(detail.Length > 0 ? " — " + detail : "")}");
    }

    /// <summary>One step under way.</summary>
    public sealed class Step(StepLog log, GuideStep step, string connection, long started) : IDisposable
    {
        private int done;

        /// <param name="name">The connection's name when it was learnt during the step (the Server's Edit panel).</param>
        public void Done(string detail = "", string? name = null)
        {
            if (Interlocked.Exchange(ref done, 1) == 1) return;
            log.Write(step, name ?? connection, log.clock.GetElapsedTime(started), detail);
        }

        public void Dispose() => Done();
    }
}
