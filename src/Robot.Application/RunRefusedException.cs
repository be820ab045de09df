namespace Robot.Application;

/// <summary>The command cannot do what was asked (exit 2); the message says why and what to do, nothing was written.</summary>
public sealed class RunRefusedException(string message) : Exception(message);
