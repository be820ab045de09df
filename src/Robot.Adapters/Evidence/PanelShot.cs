using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Robot.Adapters.Evidence;

/// <summary>
/// A picture of a whole panel, title to buttons, even when it is taller than the window or sits in a cross-origin
/// iframe (Cloud's app). Chromium paints another origin's iframe only inside the viewport, so a picture that reaches
/// beyond it comes out shifted or blank; therefore the iframe is first grown to the height of what it holds (nothing
/// inside scrolls any more) and the window to the height of the page, so the panel lies wholly in view; both are put
/// back afterwards. Where the panel and each masked field were is written to shots.json beside the pictures (from
/// Playwright's bounding boxes at that moment) so anyone can check a picture against the page it shows.
/// </summary>
internal static class PanelShot
{
    public const string BoxesFile = "shots.json";

    /// <summary>The tallest window asked for: Chromium cannot paint a much taller one.</summary>
    private const int MaxViewportHeight = 8000;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private static readonly Lock BoxesGate = new();

    public static async Task TakeAsync(IPage page, ILocator target, ILocator? frame, string path, IReadOnlyList<ILocator> masked)
    {
        var viewport = page.ViewportSize;
        var grownFrame = frame is not null && await GrowFrameAsync(frame, target).ConfigureAwait(false);
        var grownWindow = false;
        try
        {
            if (viewport is not null) grownWindow = await FitWindowAsync(page, target, viewport).ConfigureAwait(false);
            await target.ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Mask = masked, Animations = ScreenshotAnimations.Disabled })
                .ConfigureAwait(false);
            await RecordBoxesAsync(target, masked, path).ConfigureAwait(false);
        }
        finally
        {
            if (grownWindow) await page.SetViewportSizeAsync(viewport!.Width, viewport.Height).ConfigureAwait(false);
            if (grownFrame) await frame!.EvaluateAsync("f => { f.style.height = f.dataset.robotHeight || ''; delete f.dataset.robotHeight; }").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Grows the window until the whole panel is in view (a page may scroll in a box of its own, sized to the window, so
    /// the page's height alone does not say how tall the window must be); true when it changed the window.
    /// </summary>
    private static async Task<bool> FitWindowAsync(IPage page, ILocator target, PageViewportSizeResult viewport)
    {
        var height = viewport.Height;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await target.ScrollIntoViewIfNeededAsync().ConfigureAwait(false);
            var box = await target.BoundingBoxAsync().ConfigureAwait(false);
            if (box is null || (box.Y >= 0 && box.Y + box.Height <= height) || height >= MaxViewportHeight) break;
            height = (int)Math.Min(MaxViewportHeight, Math.Ceiling(height + box.Height + Math.Max(0, box.Y + box.Height - height) + 1));
            await page.SetViewportSizeAsync(viewport.Width, height).ConfigureAwait(false);
        }
        return height != viewport.Height;
    }

    /// <summary>Makes the iframe as tall as the tallest scrolling box around <paramref name="target"/> inside it; false when it already is.</summary>
    private static async Task<bool> GrowFrameAsync(ILocator frame, ILocator target)
    {
        var needed = await target.EvaluateAsync<double>(
            "t => { let h = document.documentElement.scrollHeight; for (let e = t.parentElement; e; e = e.parentElement) h = Math.max(h, e.scrollHeight); return h; }")
            .ConfigureAwait(false);
        return await frame.EvaluateAsync<bool>(
            "(f, h) => { if (f.clientHeight >= h) return false; f.dataset.robotHeight = f.style.height; f.style.height = Math.ceil(h) + 'px'; return true; }",
            needed).ConfigureAwait(false);
    }

    /// <summary>Adds the picture's entry to shots.json: the panel's size and each shown masked field's box relative to it.</summary>
    private static async Task RecordBoxesAsync(ILocator target, IReadOnlyList<ILocator> masked, string path)
    {
        var panel = await target.BoundingBoxAsync().ConfigureAwait(false);
        if (panel is null) return;
        var fields = new List<ShotBox>();
        foreach (var mask in masked)
        {
            foreach (var field in await mask.AllAsync().ConfigureAwait(false))
            {
                if (await field.BoundingBoxAsync().ConfigureAwait(false) is { Width: > 0, Height: > 0 } box)
                    fields.Add(new ShotBox(box.X - panel.X, box.Y - panel.Y, box.Width, box.Height));
            }
        }
        var file = Path.Combine(Path.GetDirectoryName(path)!, BoxesFile);
        lock (BoxesGate)
        {
            var all = Read(file);
            all[Path.GetFileName(path)] = new ShotBoxes(new ShotBox(0, 0, panel.Width, panel.Height), fields);
            File.WriteAllText(file, JsonSerializer.Serialize(all, Json));
        }
    }

    public static Dictionary<string, ShotBoxes> Read(string file)
    {
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, ShotBoxes>>(File.ReadAllText(file)) ?? [] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// <summary>A box in CSS pixels (the pictures are taken at scale 1).</summary>
public sealed record ShotBox(double X, double Y, double Width, double Height)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{X:0},{Y:0} {Width:0}x{Height:0}");
}

/// <summary>Where the panel (at 0,0) and the masked fields were in one picture.</summary>
public sealed record ShotBoxes(ShotBox Panel, IReadOnlyList<ShotBox> Masked);
