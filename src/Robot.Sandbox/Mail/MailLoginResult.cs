namespace Robot.Sandbox.Mail;

/// <summary>The outcome of a login test; on failure, Message carries the server's own words.</summary>
public sealed record MailLoginResult(bool Success, string Message)
{
    public const string SuccessMessage = "Connection successful";

    public static MailLoginResult Succeeded() => new(true, SuccessMessage);

    public static MailLoginResult Failed(string message) => new(false, message);
}
