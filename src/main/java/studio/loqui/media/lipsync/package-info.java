/**
 * Lip-sync engine: {@link studio.loqui.media.lipsync.LipSync} turns 16 kHz speech into one
 * {@link studio.loqui.media.lipsync.MouthShape} (open, spread, round) per video frame, with the small
 * network of {@link studio.loqui.media.lipsync.LipSyncNetwork} run by DJL on PyTorch (GPU when
 * present) over log-mel windows, a voice-activity gate that shuts the mouth in pauses, and smoothing.
 * The trainer that rebuilds the weights is tooling outside the server: {@code tools/lipsync-trainer}.
 */
package studio.loqui.media.lipsync;
