#!/usr/bin/env bash
# The cold-path benchmark (docs/benchmarks.md, "Cold path"): pods written by fresh JVMs, the
# command line from start to exit, and the live heap of a long-lived writer, each beside the C
# floor (floor.c: the same tree, temp file + rename per file) measured in the same run. Beside the
# pods of fresh JVMs, the JDK-only writer (JavaFloor: floor.c's steps through java.nio.file, in
# fresh JVMs too) shows what the JDK's own file API costs before podunits does anything.
#
#   benchmarks/cold-bench.sh [--no-build]
#
# Environment: RUNS fresh processes per case (default 10), PODS pods per process (default 200),
# WARM pods of a long-lived run (default 10000), WARM_RUNS long-lived runs (default 3), TMPFS
# where pod roots go (default /dev/shm), JAVA (default java), MEMORY_FLAGS the JVM flag sets of
# the small-footprint rows, separated by ';'.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
PODS=${PODS:-200}
WARM=${WARM:-10000}
WARM_RUNS=${WARM_RUNS:-3}
TMPFS=${TMPFS:-/dev/shm}
JAVA=${JAVA:-java}
MEMORY_FLAGS=${MEMORY_FLAGS:--XX:+UseSerialGC -Xmx32m;-XX:+UseSerialGC -Xmx16m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=16m}
UNITS=stage1/rootfs/usr/lib/systemd/system
WANTS=("$UNITS/default.target.wants" "$UNITS/sockets.target.wants")

if [[ ${1:-} != --no-build ]]; then
  mvn -B -q -o -Pbench -pl benchmarks,examples -am package -DskipTests
fi
JAR=benchmarks/target/benchmarks.jar
CLI_JAR=examples/target/podunits-examples.jar
FLOOR=benchmarks/target/floor
mkdir -p benchmarks/target
gcc -O2 -Wall -Wextra -Werror -o "$FLOOR" benchmarks/floor.c

WORK=$(mktemp -d "$TMPFS/podunits-cold.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# The median of the numbers on stdin, one a line.
median() {
  sort -n | awk '{v[NR] = $1} END {if (NR == 0) exit 1; print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# fresh_roots DIR: PODS pod roots DIR/0 ... each holding the stage1 image's unit directories.
fresh_roots() {
  rm -rf "$1"
  local paths=() i
  for ((i = 0; i < PODS; i++)); do
    paths+=("$1/$i/${WANTS[0]}" "$1/$i/${WANTS[1]}")
  done
  mkdir -p "${paths[@]}"
}

ms() { awk -v ns="$1" 'BEGIN {printf "%.3f", ns / 1e6}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/'), $($JAVA -version 2>&1 | sed -n 2p)"
echo "commit:  $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- runtime benchmarks || echo ' (with uncommitted changes)')"
printf '%-40s %12s %12s %8s  %s\n' "case" "podunits ms" "C floor ms" "ratio" "target"

for apps in 1 4; do
  tree="$WORK/tree$apps"
  "$JAVA" -cp "$JAR" org.podunits.benchmarks.ColdPods tree "$apps" "$tree"
  list="$WORK/list$apps"
  (cd "$tree" && find . -type f -printf "f %m %P $tree/%P\n" && find . -type l -printf 'l %P %l\n') >"$list"
  : >"$WORK/java$apps" && : >"$WORK/c$apps" && : >"$WORK/jdk$apps"
  for ((run = 0; run < RUNS; run++)); do
    fresh_roots "$WORK/roots"
    "$JAVA" -cp "$JAR" org.podunits.benchmarks.ColdPods pods "$apps" "$PODS" "$WORK/roots" | awk '{print NR, $1}' >>"$WORK/java$apps"
    fresh_roots "$WORK/roots"
    "$FLOOR" pods "$tree" "$PODS" "$WORK/roots" | awk '{print NR, $1}' >>"$WORK/c$apps"
    fresh_roots "$WORK/roots"
    "$JAVA" -cp "$JAR" org.podunits.benchmarks.JavaFloor pods "$list" "$PODS" "$WORK/roots" | awk '{print NR, $1}' >>"$WORK/jdk$apps"
  done
  # The same JVMs started with a class-data-sharing archive of the runtime's classes, made by one
  # training run: what an embedding runtime gets from -XX:SharedArchiveFile.
  fresh_roots "$WORK/roots"
  "$JAVA" -XX:ArchiveClassesAtExit="$WORK/runtime$apps.jsa" -cp "$JAR" org.podunits.benchmarks.ColdPods pods "$apps" 20 "$WORK/roots" >/dev/null
  : >"$WORK/cds$apps"
  for ((run = 0; run < RUNS; run++)); do
    fresh_roots "$WORK/roots"
    "$JAVA" -XX:SharedArchiveFile="$WORK/runtime$apps.jsa" -cp "$JAR" org.podunits.benchmarks.ColdPods pods "$apps" "$PODS" "$WORK/roots" \
      | awk '{print NR, $1}' >>"$WORK/cds$apps"
  done
  for range in "first pod:1:1:10ms" "pods 1-20:1:20:4x" "pods 20-$PODS:20:$PODS:3x"; do
    IFS=: read -r label from to target <<<"$range"
    c=$(awk -v a="$from" -v b="$to" '$1 >= a && $1 <= b {print $2}' "$WORK/c$apps" | median)
    for variant in java cds jdk; do
      suffix= row_target=$target
      case $variant in
        cds) suffix=', CDS' ;;
        jdk) suffix=', JDK-only writer' row_target=- ;;
      esac
      j=$(awk -v a="$from" -v b="$to" '$1 >= a && $1 <= b {print $2}' "$WORK/$variant$apps" | median)
      printf '%-40s %12s %12s %8s  %s\n' "$apps app(s), $label$suffix" "$(ms "$j")" "$(ms "$c")" "$(ratio "$j" "$c")" "$row_target"
    done
  done
  rm -rf "$WORK/roots"
  mkdir -p "$WORK/warm"
  # A long-lived JVM's speed follows the machine's for seconds at a time: WARM_RUNS runs of each,
  # alternating, and the medians.
  : >"$WORK/warmj" && : >"$WORK/warmc"
  for ((run = 0; run < WARM_RUNS; run++)); do
    read -r j live committed rss < <("$JAVA" -cp "$JAR" org.podunits.benchmarks.ColdPods warm "$apps" "$WARM" "$WORK/warm" | paste -sd' ')
    echo "$j" >>"$WORK/warmj"
    "$FLOOR" warm "$tree" "$WARM" "$WORK/warm" "${WANTS[@]}" >>"$WORK/warmc"
  done
  j=$(median <"$WORK/warmj") c=$(median <"$WORK/warmc")
  printf '%-40s %12s %12s %8s  %s\n' "$apps app(s), warm (after $WARM)" "$(ms "$j")" "$(ms "$c")" "$(ratio "$j" "$c")" "2x"
  echo "  after $WARM pods, default flags: live heap $((live / 1024)) KB after a full GC, heap committed $((committed / 1024)) KB, RSS $rss KB"
  if [[ $apps == 1 ]]; then
    IFS=';' read -r -a flag_sets <<<"$MEMORY_FLAGS"
    for flags in "${flag_sets[@]}"; do
      # shellcheck disable=SC2086 # a flag set is a list of flags
      read -r j live committed rss < <("$JAVA" $flags -cp "$JAR" org.podunits.benchmarks.ColdPods warm "$apps" "$WARM" "$WORK/warm" | paste -sd' ')
      echo "  after $WARM pods, $flags: live heap $((live / 1024)) KB, heap committed $((committed / 1024)) KB, RSS $rss KB, warm pod $(ms "$j") ms"
    done
  fi
done

# Where a pod's time goes, as the main thread's CPU time (robust on a busy machine; see ColdPods).
for apps in 1 4; do
  for variant in plain cds; do
    flags=() suffix=
    if [[ $variant == cds ]]; then
      flags=(-XX:SharedArchiveFile="$WORK/runtime$apps.jsa") suffix=', CDS'
    fi
    : >"$WORK/phases$apps$variant"
    for ((run = 0; run < RUNS; run++)); do
      fresh_roots "$WORK/roots"
      "$JAVA" "${flags[@]}" -cp "$JAR" org.podunits.benchmarks.ColdPods phases "$apps" 20 "$WORK/roots" \
        | tail -n +2 >>"$WORK/phases$apps$variant"
    done
    for range in "first pod:1:1" "pods 2-20:2:20"; do
      IFS=: read -r label from to <<<"$range"
      line="$apps app(s), $label$suffix, main-thread CPU ms:"
      for column in 2 3 4 5; do
        name=$(echo "model plan serialize write" | cut -d' ' -f$((column - 1)))
        value=$(awk -v a="$from" -v b="$to" -v c="$column" '$1 >= a && $1 <= b {print $c}' "$WORK/phases$apps$variant" | median)
        line="$line $name $value"
      done
      echo "$line"
    done
  done
done

# The command line, start to exit: the plain jar, then the launcher (class-data archive, C1 only).
# The floor is the C program started to write the one-app tree once.
cli() {
  local i start end
  for ((i = 0; i < RUNS; i++)); do
    rm -rf "$WORK/cli"
    start=$EPOCHREALTIME
    "$@" >/dev/null
    end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" 'BEGIN {printf "%d\n", (e - s) * 1e9}'
  done | median
}
c=$(for ((i = 0; i < RUNS; i++)); do
  PODS=1 fresh_roots "$WORK/roots"
  start=$EPOCHREALTIME
  "$FLOOR" pods "$WORK/tree1" 1 "$WORK/roots" >/dev/null
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%d\n", (e - s) * 1e9}'
done | median)
j=$(cli "$JAVA" -jar "$CLI_JAR" render web "$WORK/cli")
printf '%-40s %12s %12s %8s  %s\n' "java -jar ... render web" "$(ms "$j")" "$(ms "$c")" "$(ratio "$j" "$c")" "-"
j=$(cli bin/podunits render web "$WORK/cli")
printf '%-40s %12s %12s %8s  %s\n' "bin/podunits render web" "$(ms "$j")" "$(ms "$c")" "$(ratio "$j" "$c")" "150ms"
echo "load at the end: $(uptime | sed 's/.*load average: //')"
