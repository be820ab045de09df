using System.Net.Sockets;
using System.Text;

namespace Robot.Sandbox.Mail;

/// <summary>One reply of an LMTP server: the code and its text.</summary>
internal sealed record LmtpReply(int Code, string Text)
{
    public bool IsPositive => Code is >= 200 and < 400;

    public override string ToString() => $"{Code} {Text}";
}

/// <summary>
/// A minimal LMTP client (RFC 2033) for Dovecot's LMTP listener: one message per connection.
/// Unlike SMTP, LMTP answers DATA once per accepted recipient.
/// </summary>
internal static class LmtpClient
{
    /// <summary>Delivers <paramref name="message"/>; returns the final reply for every recipient.</summary>
    public static async Task<IReadOnlyDictionary<string, LmtpReply>> DeliverAsync(
        int port, string sender, IReadOnlyList<string> recipients, ReadOnlyMemory<byte> message, CancellationToken ct)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port, ct);
        await using var stream = tcp.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);

        Expect(await ReadReplyAsync(reader, ct), 220);
        Expect(await CommandAsync(stream, reader, "LHLO sandbox", ct), 250);
        Expect(await CommandAsync(stream, reader, $"MAIL FROM:<{sender}>", ct), 250);

        var replies = new Dictionary<string, LmtpReply>(StringComparer.Ordinal);
        var accepted = new List<string>();
        foreach (var recipient in recipients)
        {
            var reply = await CommandAsync(stream, reader, $"RCPT TO:<{recipient}>", ct);
            replies[recipient] = reply;
            if (reply.IsPositive)
            {
                accepted.Add(recipient);
            }
        }

        if (accepted.Count > 0)
        {
            Expect(await CommandAsync(stream, reader, "DATA", ct), 354);
            await stream.WriteAsync(DotStuff(message.Span), ct);
            foreach (var recipient in accepted)
            {
                replies[recipient] = await ReadReplyAsync(reader, ct);
            }
        }

        await CommandAsync(stream, reader, "QUIT", ct);
        return replies;
    }

    /// <summary>Normalises line ends to CRLF, doubles a leading dot, and appends the end marker.</summary>
    internal static byte[] DotStuff(ReadOnlySpan<byte> message)
    {
        var output = new List<byte>(message.Length + 64);
        var atLineStart = true;
        for (var i = 0; i < message.Length; i++)
        {
            var b = message[i];
            if (atLineStart && b == (byte)'.')
            {
                output.Add((byte)'.');
            }

            if (b == (byte)'\n' && (i == 0 || message[i - 1] != (byte)'\r'))
            {
                output.Add((byte)'\r');
            }

            output.Add(b);
            atLineStart = b == (byte)'\n';
        }

        if (!atLineStart)
        {
            output.AddRange("\r\n"u8);
        }

        output.AddRange(".\r\n"u8);
        return [.. output];
    }

    private static async Task<LmtpReply> CommandAsync(NetworkStream stream, StreamReader reader, string line, CancellationToken ct)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), ct);
        return await ReadReplyAsync(reader, ct);
    }

    private static async Task<LmtpReply> ReadReplyAsync(StreamReader reader, CancellationToken ct)
    {
        var text = new StringBuilder();
        while (true)
        {
            var line = await reader.ReadLineAsync(ct)
                ?? throw new IOException("The LMTP server closed the connection.");
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), out var code))
            {
                throw new IOException($"Unexpected LMTP reply: {line}");
            }

            text.Append(line.Length > 4 ? line[4..] : "");
            if (line.Length == 3 || line[3] != '-')
            {
                return new LmtpReply(code, text.ToString());
            }

            text.Append(' ');
        }
    }

    private static void Expect(LmtpReply reply, int code)
    {
        if (reply.Code != code)
        {
            throw new IOException($"LMTP server refused: {reply}");
        }
    }
}
