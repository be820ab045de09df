#!/usr/bin/env bash
# Applies the analyzers' own code fix for CA2007 (append .ConfigureAwait(false)) to every await in src/'s libraries
# (Domain, Adapters, Runner), as the build checks them (eng/analyzers/Library.globalconfig).
# dotnet format reads rule severities from .editorconfig only, not from the eng/analyzers/*.globalconfig the build uses,
# so the rule is raised in .editorconfig for the run and the file is restored afterwards.
# Usage: eng/fix-configureawait.sh [project or solution, default Robot.sln]   (after a restore; works offline)
# Check `await using var x = E` afterwards: the code fix turns it into `E.ConfigureAwait(false)`, which changes x's type;
# write `var x = E; await using var xDisposal = x.ConfigureAwait(false);` instead (the build names any left).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:-$repo/Robot.sln}"
cd "$repo"
cp .editorconfig .editorconfig.fix-backup
trap 'mv .editorconfig.fix-backup .editorconfig' EXIT
printf '\n[src/**.cs]\ndotnet_diagnostic.CA2007.severity = error\ndotnet_code_quality.CA2007.output_kind = DynamicallyLinkedLibrary\n' >> .editorconfig
dotnet format analyzers "$target" --diagnostics CA2007 --severity error --no-restore -v n
