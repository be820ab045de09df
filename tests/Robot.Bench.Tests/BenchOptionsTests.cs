namespace Robot.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Test]
    public void Without_arguments_the_defaults_are_200_connections_1_2_4_workers_and_both_floors()
    {
        var options = BenchOptions.Parse([]);
        Assert.That(options.Connections, Is.EqualTo(new[] { 200 }));
        Assert.That(options.Floors, Is.EqualTo(Floors.Both));
        Assert.That(options.Workers, Is.EqualTo(new[] { 1, 2, 4 }));
        Assert.That(options.Output, Is.Null);
    }

    [Test]
    public void Values_are_read_with_a_space_or_an_equals_sign()
    {
        var options = BenchOptions.Parse(["--connections", "20", "--workers=1, 2,2,8", "--output", "out/x"]);
        Assert.That(options.Connections, Is.EqualTo(new[] { 20 }));
        Assert.That(options.Workers, Is.EqualTo(new[] { 1, 2, 8 }), "repeats are dropped");
        Assert.That(options.Output, Is.EqualTo("out/x"));
    }

    [TestCase(new[] { "--connections", "0" }, "--connections takes a comma-separated list of whole numbers 1-2000, not '0'")]
    [TestCase(new[] { "--connections", "50,2001" }, "--connections takes a comma-separated list of whole numbers 1-2000, not '50,2001'")]
    [TestCase(new[] { "--connections", "-5" }, "--connections takes a comma-separated list of whole numbers 1-2000, not '-5'")]
    [TestCase(new[] { "--connections", "many" }, "--connections takes a comma-separated list of whole numbers 1-2000, not 'many'")]
    [TestCase(new[] { "--floors", "tcp" }, "--floors takes http, ui, both or none, not 'tcp'")]
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
    public void Connections_take_a_list_of_sizes_run_smallest_first_without_repeats()
    {
        var options = BenchOptions.Parse(["--connections", "800,50, 200,50"]);
        Assert.That(options.Connections, Is.EqualTo(new[] { 50, 200, 800 }));
    }

    [TestCase("http", Floors.Http)]
    [TestCase("ui", Floors.LeanUi)]
    [TestCase("http,ui", Floors.Both)]
    [TestCase("both", Floors.Both)]
    [TestCase("none", Floors.None)]
    public void Floors_name_which_floors_run_beside_the_robot(string text, Floors expected) =>
        Assert.That(BenchOptions.Parse(["--floors", text]).Floors, Is.EqualTo(expected));

    [Test]
    public void Help_is_asked_for_with_help() =>
        Assert.Throws<BenchHelpRequested>(() => BenchOptions.Parse(["--help"]));
}
