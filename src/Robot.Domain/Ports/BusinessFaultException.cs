namespace Robot.Domain.Ports;

/// <summary>A refusal by the application (validation error, duplicate name): trying again gives the same answer.</summary>
public class BusinessFaultException : Exception
{
    public BusinessFaultException(string message) : base(message) { }

    public BusinessFaultException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Where a screenshot or trace of the refusal was kept; blank when none.</summary>
    public string Evidence { get; init; } = "";
}
