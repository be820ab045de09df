namespace Robot.Domain.Tests.Mapping;

/// <summary>Units:Timeout: the Server's milliseconds written as the Cloud asks, by the stated rounding rule.</summary>
public class TimeoutUnitsTests
{
    private static MappingRules Rules(TimeUnit cloud, TimeRounding rounding) =>
        MappingRules.Default with { TimeoutUnits = new TimeoutUnits(TimeUnit.Milliseconds, cloud, rounding) };

    [TestCase("10000", TimeRounding.Up, 10)]
    [TestCase("1500", TimeRounding.Up, 2)]
    [TestCase("1", TimeRounding.Up, 1)]
    [TestCase("1500", TimeRounding.Down, 1)]
    [TestCase("1500", TimeRounding.Nearest, 2)]
    [TestCase("1499", TimeRounding.Nearest, 1)]
    [TestCase("60000", TimeRounding.Exact, 60)]
    public void Milliseconds_become_seconds_by_the_rounding_rule(string serverMs, TimeRounding rounding, int seconds)
    {
        var cloud = ((MappingResult.Mapped)Make.Mapper(Rules(TimeUnit.Seconds, rounding)).Map(Make.Server(timeout: serverMs))).Connection;
        Assert.That((cloud.Timeout, cloud.TimeoutUnitMs, cloud.TimeoutSpan), Is.EqualTo(((int?)seconds, 1000, (TimeSpan?)TimeSpan.FromSeconds(seconds))));
    }

    [Test]
    public void The_default_keeps_milliseconds_unchanged()
    {
        var cloud = Make.Cloud(Make.Server(timeout: "1234"));
        Assert.That((cloud.Timeout, cloud.TimeoutUnitMs), Is.EqualTo(((int?)1234, 1)));
    }

    [Test]
    public void The_default_timeout_is_converted_too()
    {
        var rules = Rules(TimeUnit.Seconds, TimeRounding.Up) with { DefaultTimeoutMs = 7000 };
        var cloud = ((MappingResult.Mapped)Make.Mapper(rules).Map(Make.Server(timeout: ""))).Connection;
        Assert.That(cloud.Timeout, Is.EqualTo(7));
    }

    [TestCase("1500", TimeRounding.Exact, "not a whole number of seconds")]
    [TestCase("400", TimeRounding.Down, "rounds down to 0 seconds")]
    [TestCase("499", TimeRounding.Nearest, "rounds nearest to 0 seconds")]
    public void A_value_the_Cloud_cannot_hold_is_invalid_naming_the_field(string serverMs, TimeRounding rounding, string reason)
    {
        var result = Make.Mapper(Rules(TimeUnit.Seconds, rounding)).Map(Make.Server(timeout: serverMs));
        Assert.That(result, Is.TypeOf<MappingResult.Invalid>());
        var invalid = (MappingResult.Invalid)result;
        Assert.That((invalid.Field, invalid.Value), Is.EqualTo(("Timeout", serverMs)));
        Assert.That(invalid.Describe(), Does.StartWith($"Timeout: {serverMs}: is {serverMs} ms").And.Contain(reason));
    }

    [Test]
    public void A_Server_in_seconds_is_checked_against_the_range_in_milliseconds()
    {
        var rules = MappingRules.Default with { TimeoutUnits = new TimeoutUnits(TimeUnit.Seconds, TimeUnit.Milliseconds) };
        Assert.That(((MappingResult.Mapped)Make.Mapper(rules).Map(Make.Server(timeout: "60"))).Connection.Timeout, Is.EqualTo(60000));
        Assert.That(Make.Mapper(rules).Map(Make.Server(timeout: "61")), Is.TypeOf<MappingResult.Invalid>());
    }

    [TestCase("ms", TimeUnit.Milliseconds)]
    [TestCase(" S ", TimeUnit.Seconds)]
    [TestCase("seconds", TimeUnit.Seconds)]
    public void Units_are_spelt_as_in_the_settings(string text, TimeUnit unit)
    {
        Assert.That(TimeoutUnits.TryParseUnit(text, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(unit));
    }

    [Test]
    public void An_unknown_unit_is_refused() => Assert.That(TimeoutUnits.TryParseUnit("minutes", out _), Is.False);
}
