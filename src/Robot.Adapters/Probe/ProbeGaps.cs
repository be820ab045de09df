namespace Robot.Adapters.Probe;

/// <summary>The value-map gaps both walks find, collected at once.</summary>
internal sealed class ProbeGaps
{
    private readonly Lock gate = new();
    private readonly List<ValueMapGap> gaps = [];

    public void Add(ValueMapGap gap)
    {
        lock (gate) gaps.Add(gap);
    }

    public IReadOnlyList<ValueMapGap> All()
    {
        lock (gate) return gaps.ToList();
    }
}
