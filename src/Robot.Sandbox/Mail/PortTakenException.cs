namespace Robot.Sandbox.Mail;

/// <summary>A port picked as free was taken by another program before our server bound it; worth retrying.</summary>
internal sealed class PortTakenException(string message) : InvalidOperationException(message);
