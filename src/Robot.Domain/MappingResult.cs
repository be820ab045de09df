namespace Robot.Domain;

/// <summary>What mapping one Server connection gave: a Cloud connection, or the field that made it impossible.</summary>
public abstract record MappingResult
{
    private MappingResult() { }

    public sealed record Mapped(CloudConnection Connection, ServiceKind Kind) : MappingResult;

    public sealed record Invalid(string Field, string Value, string Reason) : MappingResult
    {
        /// <summary>"Field: value: reason", the form results.csv and plan.csv use.</summary>
        public string Describe() => $"{Field}: {Value}: {Reason}";
    }
}
