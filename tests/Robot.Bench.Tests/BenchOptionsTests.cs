namespace Robot.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Test]
    public void Without_arguments_the_defaults_are_200_connections_and_1_2_4_workers()
    {
        var options = BenchOptions.Parse([]);
        Assert.That(options.Connections, Is.EqualTo(200));
        Assert.That(options.Workers, Is.EqualTo(new[] { 1, 2, 4 }));
        Assert.That(options.Output, Is.Null);
    }

    [Test]
    public void Values_are_read_with_a_space_or_an_equals_sign()
    {
        var options = BenchOptions.Parse(["--connections", "20", "--workers=1, 2,2,8", "--output", "out/x"]);
        Assert.That(options.Connections, Is.EqualTo(20));
        Assert.That(options.Workers, Is.EqualTo(new[] { 1, 2, 8 }), "repeats are dropped");
        Assert.That(options.Output, Is.EqualTo("out/x"));
    }

    [TestCase(new[] { "--connections", "0" }, "--connections must be a whole number 1-2000, not '0'")]
    [TestCase(new[] { "--connections", "2001" }, "--connections must be a whole number 1-2000, not '2001'")]
    [TestCase(new[] { "--connections", "-5" }, "--connections must be a whole number 1-2000, not '-5'")]
    [TestCase(new[] { "--connections", "many" }, "--connections must be a whole number 1-2000, not 'many'")]
    [TestCase(new[] { "--workers", "0" }, "--workers takes a comma-separated list of whole numbers 1-32, not '0'")]
    [TestCase(new[] { "--workers", "1,33" }, "--workers takes a comma-separated list of whole numbers 1-32, not '1,33'")]
    [TestCase(new[] { "--workers", "1,,2" }, "--workers takes a comma-separated list of whole numbers 1-32, not '1,,2'")]
    [TestCase(new[] { "--workers" }, "--workers needs a value")]
    [TestCase(new[] { "--output", " " }, "--output needs a folder")]
    [TestCase(new[] { "--shards", "2" }, "unknown option '--shards'")]
    public void A_bad_value_is_refused_with_the_option_named(string[] args, string message)
    {
        var error = Assert.Throws<BenchUsageException>(() => BenchOptions.Parse(args));
        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [Test]
    public void Help_is_asked_for_with_help() =>
        Assert.Throws<BenchHelpRequested>(() => BenchOptions.Parse(["--help"]));
}
