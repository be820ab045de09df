using Robot.Domain;

namespace Robot.Adapters.Probe;

/// <summary>What a probe found on both sites, and its exit code.</summary>
/// <param name="Failures">Login refusals and walks that stopped on a fault (each with its site and step).</param>
/// <param name="Sample">One Server connection read fully, and what it maps to on Cloud.</param>
public sealed record ProbeReport(
    IReadOnlyList<ProbeLine> Lines,
    IReadOnlyList<ValueMapGap> Gaps,
    IReadOnlyList<string> Failures,
    IReadOnlyList<ProviderFields> CloudFields,
    ServerConnection? Sample,
    MappingResult? SampleMapped,
    TimeSpan Elapsed)
{
    public const int AllFound = 0;
    public const int AmbiguousOrGap = 1;
    public const int NotFoundOrLoginFailed = 2;

    public IEnumerable<ProbeLine> Wrong => Lines.Where(line => line.Result is KeyResult.NotFound or KeyResult.Ambiguous);

    /// <summary>0 all found; 1 something ambiguous or a value-map gap; 2 a key not found, a login refused or a walk stopped.</summary>
    public int ExitCode =>
        Failures.Count > 0 || Lines.Any(line => line.Result == KeyResult.NotFound) ? NotFoundOrLoginFailed
        : Gaps.Count > 0 || Lines.Any(line => line.Result == KeyResult.Ambiguous) ? AmbiguousOrGap
        : AllFound;
}
