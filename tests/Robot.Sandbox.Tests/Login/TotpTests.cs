using NUnit.Framework;
using Robot.Sandbox.Sites.Login;

namespace Robot.Sandbox.Tests.Login;

/// <summary>The sandbox's one-time codes are RFC 6238's: its SHA-1 test vectors (the last 6 of their 8 digits).</summary>
public class TotpTests
{
    // RFC 6238 appendix B: the ASCII secret "12345678901234567890", in Base32.
    private const string Secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [TestCase(59L, "287082")]
    [TestCase(1111111109L, "081804")]
    [TestCase(1111111111L, "050471")]
    [TestCase(1234567890L, "005924")]
    [TestCase(2000000000L, "279037")]
    [TestCase(20000000000L, "353130")]
    public void Codes_match_the_RFC_6238_test_vectors(long unixSeconds, string expected) =>
        Assert.That(Totp.Code(Secret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)), Is.EqualTo(expected));

    [Test]
    public void Base32_round_trips_and_spells_the_RFC_secret()
    {
        Assert.That(Totp.ToBase32("12345678901234567890"u8.ToArray()), Is.EqualTo(Secret));
        var secret = Totp.NewSecret();
        Assert.That(Totp.ToBase32(Totp.FromBase32(secret)), Is.EqualTo(secret));
    }

    [Test]
    public void The_code_of_this_step_and_its_neighbours_is_accepted_others_are_not()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        Assert.That(Totp.Accepts(Secret, Totp.Code(Secret, now), now), Is.True);
        Assert.That(Totp.Accepts(Secret, Totp.Code(Secret, now.AddSeconds(-30)), now), Is.True);
        Assert.That(Totp.Accepts(Secret, Totp.Code(Secret, now.AddSeconds(90)), now), Is.False);
        Assert.That(Totp.Accepts(Secret, "12345", now), Is.False);
    }
}
