using System.Diagnostics;
using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Alt;

/// <summary>
/// The alt Server's Edit dialog opens empty, with no spinner, and fills 250-600 ms later in the way the fixture's
/// AltFill names. What the page held is recorded in the page itself (every 5 ms), so the order of arrival is observed,
/// not guessed from timings.
/// </summary>
[TestFixture(AltFill.Together)]
[TestFixture(AltFill.NameFirst)]
[TestFixture(AltFill.StaleFirst)]
public sealed class AltServerLateFillTests(AltFill fill) : AltSkinFixture
{
    protected override AltFill Fill => fill;

    private const string First = "Support IMAP";
    private const string Second = "Sales POP3";

    /// <summary>Starts recording (name, host, protocol) each time one of them changes; returns the recording so far.</summary>
    private const string Record = """
        () => {
          const seen = [];
          window.__seen = seen;
          const value = (label) => {
            const l = [...document.querySelectorAll('[role=dialog] label')].find(x => x.textContent === label);
            const input = l && document.getElementById(l.htmlFor);
            return input ? input.value : null;
          };
          const started = performance.now();
          setInterval(() => {
            const now = [value('Name'), value('Host'), value('Protocol')];
            const last = seen[seen.length - 1];
            if (!last || JSON.stringify(last.values) !== JSON.stringify(now)) seen.push({ at: performance.now() - started, values: now });
          }, 5);
        }
        """;

    private async Task<(double At, string?[] Values)[]> SeenAsync() =>
        (await Page.EvaluateAsync<Seen[]>("() => window.__seen")).Select(s => (s.At, s.Values)).ToArray();

    private sealed class Seen
    {
        public double At { get; set; }
        public string?[] Values { get; set; } = [];
    }

    [Test]
    public async Task The_dialog_opens_empty_without_a_spinner_and_fills_late()
    {
        await OpenServerListAsync();
        await Page.EvaluateAsync(Record);
        var clock = Stopwatch.StartNew();
        await ClickEditAsync(First);

        Assert.That(await EditDialog.GetByRole(AriaRole.Progressbar).CountAsync(), Is.Zero, "no spinner");
        // "Empty when it opens" is read from the page's own record below: a check from here can come after the fill on a busy machine.
        await Expect(Field("Name")).ToHaveValueAsync(First);
        await Expect(Field("Host")).ToHaveValueAsync(Sandbox.Context.Mail.Host);
        Assert.That(clock.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(250));

        var seen = await SeenAsync();
        var firstFilled = seen.First(s => !string.IsNullOrEmpty(s.Values[0]));
        Assert.That(seen.Any(s => s.Values[0] == ""), Is.True, "the page held the empty dialog first: " + Describe(seen));
        if (fill == AltFill.NameFirst)
            Assert.That(firstFilled.Values[1], Is.Empty, "Name arrives before Host: " + Describe(seen));
        else
            Assert.That(firstFilled.Values, Is.EqualTo(new[] { First, Sandbox.Context.Mail.Host, "IMAP" }), "all at once: " + Describe(seen));
    }

    [Test]
    public async Task Opening_another_row_may_show_the_previous_rows_values_before_its_own()
    {
        await OpenServerListAsync();
        await ClickEditAsync(First);
        await Expect(Field("Name")).ToHaveValueAsync(First);
        await EditDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        await Expect(EditDialog).ToBeHiddenAsync();

        await Page.EvaluateAsync(Record);
        await ClickEditAsync(Second);
        await Expect(Field("Name")).ToHaveValueAsync(Second);
        await Expect(Field("Protocol")).ToHaveValueAsync("POP3");
        var names = (await SeenAsync()).Select(s => s.Values[0]).Where(n => !string.IsNullOrEmpty(n)).Distinct().ToList();

        if (fill == AltFill.StaleFirst)
            Assert.That(names, Is.EqualTo(new[] { First, Second }), "the previous row's answer lands first");
        else
            Assert.That(names, Is.EqualTo(new[] { Second }));
    }

    private static string Describe((double At, string?[] Values)[] seen) =>
        string.Join(" → ", seen.Select(s => $"{s.At:0}ms [{string.Join(", ", s.Values)}]"));
}
