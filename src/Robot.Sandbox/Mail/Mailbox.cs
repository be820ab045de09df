namespace Robot.Sandbox.Mail;

/// <summary>A mailbox of the sandbox mail server: the login name and its password.</summary>
public sealed record Mailbox(string Username, string Password)
{
    // Records print every member by default; the password must never reach a log.
    public override string ToString() => $"Mailbox {{ Username = {Username} }}";
}
