namespace Robot.Adapters.Mail;

/// <summary>The outcome of one preflight login. <paramref name="Message"/> carries the server's own words and never a password.</summary>
public sealed record PreflightResult(PreflightKind Kind, string Message)
{
    public bool IsOk => Kind == PreflightKind.Ok;

    /// <summary>True when the connection should not be created (unless the run saves on test failure).</summary>
    public bool Failed => Kind.IsFailure();

    /// <summary>"preflight authentication: …", the form for a results row.</summary>
    public string Describe() => $"preflight {Kind.ToWire()}: {Message}";

    public override string ToString() => Describe();
}
