package studio.loqui.voice;

/**
 * What a {@code voice-clone} job is asked: a name and a source file. The clone row is found by the
 * job's id, so the same request (with an {@code Idempotency-Key}) always hashes the same.
 */
public record CloneInput(String name, long sourceAssetId) {
}
