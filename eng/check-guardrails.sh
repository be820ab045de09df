#!/usr/bin/env bash
# Proves the build guardrails bite: builds a throwaway library under this repo (so it takes the same
# Directory.Build.props, eng/Analyzers.props and Directory.Packages.props as src/) holding one banned symbol, one await
# without ConfigureAwait and one dropped CancellationToken, and checks the build fails with RS0030, CA2007 and CA2016.
# Usage: eng/check-guardrails.sh   (exit 0 when all three fail the build as they should)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
probe="$repo/obj/guardrail-probe"
rm -rf "$probe"
mkdir -p "$probe"
trap 'rm -rf "$probe"' EXIT

cat > "$probe/Probe.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk" />
XML
cat > "$probe/Banned.cs" <<'CS'
namespace Probe;

public static class Banned
{
    public static DateTime Stamp() => DateTime.Now;
}
CS
cat > "$probe/NoConfigureAwait.cs" <<'CS'
namespace Probe;

public static class NoConfigureAwait
{
    public static async Task PauseAsync(CancellationToken cancellationToken) => await Task.Delay(10, cancellationToken);
}
CS
cat > "$probe/DroppedToken.cs" <<'CS'
namespace Probe;

public static class DroppedToken
{
    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken) =>
        await File.ReadAllTextAsync(path).ConfigureAwait(false);
}
CS

log="$probe/build.log"
if dotnet build "$probe/Probe.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly > "$log" 2>&1; then
  echo "guardrails: FAILED - the probe built, so a banned symbol, a missing ConfigureAwait and a dropped token got through"
  exit 1
fi
status=0
for expect in "Banned.cs.*error RS0030" "NoConfigureAwait.cs.*error CA2007" "DroppedToken.cs.*error CA2016"; do
  if line=$(grep -m1 -E "$expect" "$log"); then
    echo "guardrails: ok   ${line#"$probe/"}"
  else
    echo "guardrails: MISSING $expect"
    status=1
  fi
done
[ $status -eq 0 ] || cat "$log"
exit $status
