namespace Robot.Domain.Ports;

/// <summary>
/// A site the run entered through a saved browser session asks for a login again. The robot types no password then
/// (it has none, and the page may be an identity provider's it does not know): the connection in hand ends, no new one
/// starts, and a person logs in again with <c>robot login</c>. The message says which session and what to do.
/// </summary>
public sealed class SessionExpiredException(string message) : BusinessFaultException(message);
