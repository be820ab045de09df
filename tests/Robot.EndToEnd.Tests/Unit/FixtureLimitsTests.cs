using System.Reflection;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Unit;

/// <summary>Every end-to-end fixture has a time limit and its tier, so a new fixture cannot hang CI or escape --fast's choice.</summary>
[Category(TestTiers.Unit)]
public class FixtureLimitsTests
{
    private static IEnumerable<Type> EndToEndFixtures() => typeof(FixtureLimitsTests).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsClass: true } && type.Namespace != typeof(FixtureLimitsTests).Namespace)
        .Where(type => type.GetMethods().Any(method => method.GetCustomAttributes<TestAttribute>().Any()
            || method.GetCustomAttributes<TestCaseAttribute>().Any()));

    [Test]
    public void Every_end_to_end_fixture_has_a_limit_per_test_and_the_e2e_category()
    {
        var fixtures = EndToEndFixtures().ToList();
        Assert.That(fixtures, Has.Count.GreaterThan(10));
        Assert.Multiple(() =>
        {
            foreach (var fixture in fixtures)
            {
                Assert.That(fixture.GetCustomAttribute<CancelAfterAttribute>(inherit: false), Is.Not.Null, $"{fixture.Name} has [CancelAfter]");
                Assert.That(fixture.GetCustomAttributes<CategoryAttribute>(inherit: false).Select(c => c.Name), Does.Contain(TestTiers.EndToEnd),
                    $"{fixture.Name} is in the e2e tier");
            }
        });
    }
}
