namespace Robot.Domain.Ports;

/// <summary>A fault of the machinery (timeout, lost session, HTTP 5xx, element missing): trying again may succeed.</summary>
public class SystemFaultException : Exception
{
    public SystemFaultException(string message) : base(message) { }

    public SystemFaultException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Where a screenshot or trace of the fault was kept; blank when none.</summary>
    public string Evidence { get; init; } = "";
}
