using System.Security.Cryptography;

namespace Robot.Sandbox.Sites.Login;

/// <summary>
/// RFC 6238 time-based one-time codes (HMAC-SHA1, 6 digits, 30-second steps), as authenticator apps make them; the
/// secret is shared in Base32 (RFC 4648), the form those apps take.
/// </summary>
public static class Totp
{
    public const int Digits = 6;
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string NewSecret() => ToBase32(RandomNumberGenerator.GetBytes(20));

    /// <summary>The code for the 30-second step that holds <paramref name="at"/>.</summary>
    public static string Code(string base32Secret, DateTimeOffset at) => Code(FromBase32(base32Secret), at.ToUnixTimeSeconds() / (long)Step.TotalSeconds);

    /// <summary>RFC 4226's HOTP of one counter value, dynamic truncation to <see cref="Digits"/> digits.</summary>
    public static string Code(byte[] key, long counter)
    {
        var message = new byte[8];
        for (var i = 7; i >= 0; i--, counter >>= 8) message[i] = (byte)(counter & 0xff);
#pragma warning disable CA5350 // RFC 6238's default, the one authenticator apps use; it guards a sandbox login, nothing real
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="code"/> is this step's, or the one before or after it (clocks drift, people type slowly).</summary>
    public static bool Accepts(string base32Secret, string code, DateTimeOffset now)
    {
        var key = FromBase32(base32Secret);
        var step = now.ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var typed = code.Trim().Replace(" ", "", StringComparison.Ordinal);
        return typed.Length == Digits && new[] { step - 1, step, step + 1 }.Any(s =>
            CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(key, s)), System.Text.Encoding.ASCII.GetBytes(typed)));
    }

    public static string ToBase32(byte[] bytes)
    {
        var text = new System.Text.StringBuilder();
        for (var bit = 0; bit < bytes.Length * 8; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var at = bit + i;
                value = (value << 1) | (at < bytes.Length * 8 ? (bytes[at / 8] >> (7 - at % 8)) & 1 : 0);
            }
            text.Append(Base32Alphabet[value]);
        }
        return text.ToString();
    }

    public static byte[] FromBase32(string text)
    {
        var clean = text.TrimEnd('=').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var bytes = new byte[clean.Length * 5 / 8];
        var bit = 0;
        foreach (var c in clean)
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0) throw new FormatException($"'{c}' is not a Base32 character");
            for (var i = 4; i >= 0; i--, bit++)
            {
                if (bit / 8 >= bytes.Length) break;
                if (((value >> i) & 1) == 1) bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
            }
        }
        return bytes;
    }
}
