/**
 * Talking-avatar video: {@link studio.loqui.media.render.AvatarEngine} (a bean) or
 * {@link studio.loqui.media.render.AvatarRenderer} turn a portrait and a speech file into an H.264/AAC
 * MP4.
 *
 * <p>Threading: a render runs entirely on the calling thread (meant to be a job worker, never a
 * request thread), except for FFmpeg's own process and the daemon threads of
 * {@link studio.loqui.media.process.ToolProcess} that drain its output. It checks for cancellation
 * between frames. Each frame warps the photo's own pixels through a landmark mesh over the lower
 * face ({@code LowerFaceMesh}, {@code MeshWarp}) and through the eyelid fields, in Java over the face
 * region only, and is piped as raw YUV 4:2:0 to
 * FFmpeg's standard input; FFmpeg runs with its arguments as an array,
 * {@code -protocol_whitelist file,pipe} and a time limit.
 */
package studio.loqui.media.render;
