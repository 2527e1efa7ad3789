# Sourced by bin/corpus and bin/test: sets JAVA_HOME to a Java 17 JDK (Spark 4.1 fails on newer ones).
java17_home() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/temurin-17* /usr/lib/jvm/*17*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
       && "$candidate/bin/java" -version 2>&1 | grep -q 'version "17'; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}
JAVA_HOME="$(java17_home)" || { echo "a Java 17 JDK is required (Spark 4.1 fails on newer JDKs); set JAVA_HOME" >&2; exit 1; }
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
