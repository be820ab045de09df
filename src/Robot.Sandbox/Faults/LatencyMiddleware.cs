using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Faults;

/// <summary>Adds the configured latency to every page and API call (not to the test-only state endpoint).</summary>
public sealed class LatencyMiddleware(RequestDelegate next, SandboxContext context)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments("/_sandbox")) await context.Faults.DelayAsync(http.RequestAborted);
        await next(http);
    }
}
