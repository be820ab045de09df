#!/bin/bash
# eng/cpu-of.sh COMMAND...: runs COMMAND in a cgroup of its own and prints the CPU-seconds its whole process tree used
# (Chromium, the Playwright driver, Dovecot included), which stays comparable on a loaded machine, unlike wall time.
# Needs root (it creates a cgroup); works with cgroup v1 (cpuacct) and v2.
set -u
name=cpu-of-$$-$RANDOM
if [ -d /sys/fs/cgroup/cpuacct ]; then
  cg=/sys/fs/cgroup/cpuacct/$name; root=/sys/fs/cgroup/cpuacct
  usage() { awk '{ print $1 / 1e9 }' "$cg/cpuacct.usage"; }
else
  cg=/sys/fs/cgroup/$name; root=/sys/fs/cgroup
  usage() { awk '$1 == "usage_usec" { print $2 / 1e6 }' "$cg/cpu.stat"; }
fi
mkdir "$cg" || { echo "cpu-of: cannot create a cgroup under $root (root needed)" >&2; exit 125; }
start=$(date +%s.%N)
( echo $BASHPID > "$cg/cgroup.procs"; exec "$@" )
rc=$?
end=$(date +%s.%N)
awk -v u="$(usage)" -v s="$start" -v e="$end" -v rc="$rc" 'BEGIN { printf "cpu-of: %.1f CPU-s, %.1f s wall, exit %d\n", u, e-s, rc }' >&2
for p in $(cat "$cg/cgroup.procs" 2>/dev/null); do echo "$p" > "$root/cgroup.procs" 2>/dev/null; done
rmdir "$cg" 2>/dev/null
exit $rc
