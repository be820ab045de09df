using Microsoft.Playwright;

namespace Robot.Adapters.Evidence;

/// <summary>
/// Types a password into a field without the value being a parameter of any traced call: a trace records fill()'s
/// value, so the field instead asks the robot for it through a binding (Playwright's binding answers are internal
/// calls, never traced) and sets it as typing does (input and change events). The binding answers only while a fill is
/// under way. DOM snapshots and request bodies still see the value; <see cref="TraceMasker"/> masks those.
/// </summary>
public sealed class UntracedSecretInput
{
    private const string Binding = "__robotSecretForField";

    private const string SetValue = """
        async ([field]) => {
          const value = await window.__robotSecretForField();
          field.focus();
          const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
          Object.getOwnPropertyDescriptor(proto, 'value').set.call(field, value);
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        }
        """;

    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private IBrowserContext? installed;
    private string? pending;

    public async Task FillAsync(IBrowserContext context, ILocator field, string value)
    {
        await oneAtATime.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!ReferenceEquals(installed, context))
            {
                await context.ExposeBindingAsync(Binding, (BindingSource _) => Interlocked.Exchange(ref pending, null) ?? "").ConfigureAwait(false);
                installed = context;
            }
            // Waits as fill() would for the field to show (one only: the wait is strict).
            await field.WaitForAsync().ConfigureAwait(false);
            Volatile.Write(ref pending, value);
            // One round trip (a locator's EvaluateAsync makes three: find, evaluate, release).
            await field.EvaluateAllAsync<bool>(SetValue).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref pending, null);
            oneAtATime.Release();
        }
    }
}
