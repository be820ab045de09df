using Microsoft.Playwright;
using Robot.Adapters.Evidence;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// Reads a PNG the robot wrote the way a reviewer's browser does (decoded by Chromium into a canvas): its size and
/// where Playwright's mask colour (#FF00FF, painted over password fields) lies in it.
/// </summary>
public static class PngProbe
{
    public sealed record Picture(int Width, int Height, IReadOnlyList<ShotBox> MaskBands);

    public static async Task<Picture> ReadAsync(IPage page, string file)
    {
        var data = "data:image/png;base64," + Convert.ToBase64String(await File.ReadAllBytesAsync(file));
        var found = await page.EvaluateAsync<double[][]>("""
            async src => {
              const img = new Image(); img.src = src; await img.decode();
              const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;
              const g = c.getContext('2d'); g.drawImage(img, 0, 0);
              const px = g.getImageData(0, 0, c.width, c.height).data;
              const magenta = (x, y) => { const i = (y * c.width + x) * 4; return px[i] > 240 && px[i + 1] < 16 && px[i + 2] > 240; };
              // Runs of rows holding magenta: one band per masked field (fields are stacked, never side by side).
              const bands = []; let band = null;
              for (let y = 0; y < c.height; y++) {
                let left = -1, right = -1;
                for (let x = 0; x < c.width; x++) if (magenta(x, y)) { if (left < 0) left = x; right = x; }
                if (left >= 0) { if (!band) { band = [left, y, right, y]; bands.push(band); } else { band[0] = Math.min(band[0], left); band[2] = Math.max(band[2], right); band[3] = y; } }
                else band = null;
              }
              return [[c.width, c.height], ...bands];
            }
            """, data);
        var bands = found.Skip(1).Select(b => new ShotBox(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1)).ToList();
        return new Picture((int)found[0][0], (int)found[0][1], bands);
    }

    /// <summary>How many pixels of the PNG (bytes) are exactly the colour #RRGGBB (decoded by Chromium, as a reviewer sees it).</summary>
    public static Task<int> CountColourAsync(IPage page, byte[] png, int red, int green, int blue) =>
        page.EvaluateAsync<int>("""
            async ([src, r, g, b]) => {
              const img = new Image(); img.src = src; await img.decode();
              const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;
              const x = c.getContext('2d'); x.drawImage(img, 0, 0);
              const px = x.getImageData(0, 0, c.width, c.height).data;
              let n = 0;
              for (let i = 0; i < px.length; i += 4) if (px[i] === r && px[i + 1] === g && px[i + 2] === b) n++;
              return n;
            }
            """, new object[] { "data:image/png;base64," + Convert.ToBase64String(png), red, green, blue });
}
