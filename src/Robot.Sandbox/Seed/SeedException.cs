namespace Robot.Sandbox.Seed;

/// <summary>A seed file that cannot be used; the message names the file and the reason.</summary>
public sealed class SeedException(string message) : Exception(message);
