#!/bin/sh
# Re-measures the built-in male voice from pocketsphinx-testdata's LibriVox reader (see LearnBuiltInVoice.java).
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/builtin-voice.cp
java -cp "target/classes:$(cat target/builtin-voice.cp)" tools/builtin-voice/LearnBuiltInVoice.java "$@" 2>&1 \
  | grep -v -E '^[0-9T:.-]+Z? .*(WARN|INFO)|^\s+at '
