namespace Robot.Bench.Tests;

public sealed class PercentilesTests
{
    private static readonly double[] OneToTen = [7, 3, 10, 1, 5, 2, 9, 4, 8, 6];

    [TestCase(0, 1)]
    [TestCase(50, 5.5)]
    [TestCase(95, 9.55)]
    [TestCase(100, 10)]
    public void Interpolates_between_the_closest_ranks_of_the_sorted_values(double percentile, double expected) =>
        Assert.That(Percentiles.Of(OneToTen, percentile), Is.EqualTo(expected).Within(1e-9));

    [Test]
    public void One_value_is_every_percentile() =>
        Assert.That(Percentiles.Of([2.5], 95), Is.EqualTo(2.5));

    [Test]
    public void No_values_give_no_number() =>
        Assert.That(Percentiles.Of([], 50), Is.NaN);

    [Test]
    public void A_percentile_outside_0_to_100_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of(OneToTen, 101));
}
