#!/usr/bin/env bash
# Load benchmarks P2-P4 (docs/benchmarks.md). Not tests: run on a quiet machine, on demand.
#   bash src/jmh/load-benchmarks.sh [p2|p3|p4|all]
# Needs wrk for P2 (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
which=${1:-all}
STARTS=${STARTS:-5}
P2_DURATION=${P2_DURATION:-30s}

./mvnw -B -q -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/test.classpath)"
# The JVM options the bot is run with (pom.xml, bot.jvm.options; the README's run commands).
BOT_JVM_OPTIONS=${BOT_JVM_OPTIONS:-$(sed -n 's:.*<bot.jvm.options>\(.*\)</bot.jvm.options>.*:\1:p' pom.xml)}
run() { java $BOT_JVM_OPTIONS -cp "$cp" "$@"; }

echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "JVM options: $BOT_JVM_OPTIONS"
if [[ $which == p2 || $which == all ]]; then
  echo "## P2 vote throughput"
  run benchmarks.VoteThroughput "$P2_DURATION" 2>&1 | sed -n '/^| endpoint/,$p'
fi
if [[ $which == p3 || $which == all ]]; then
  echo "## P3 vote storm"
  run benchmarks.VoteStorm 2>&1 | sed -n '/^Votes sent/,$p'
fi
if [[ $which == p4 || $which == all ]]; then
  echo "## P4 start-up and memory"
  ./mvnw -f src/jmh/empty-app/pom.xml -B -q -DskipTests package
  run benchmarks.StartupMemory target/interface-bot-*.jar src/jmh/empty-app/target/empty-app-1.jar \
    "$STARTS" ${P4_JVM_OPTIONS:-$BOT_JVM_OPTIONS} 2>&1 | sed -n '/^JVM options/,$p'
fi
