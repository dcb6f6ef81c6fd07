package studio.loqui.media.render;

/**
 * What a lip-sync made: the picture's length, its frames, how many showed a face and how many went through as
 * they were, and how the picture was coded when that is worth telling (copied groups of pictures, or why not).
 */
public record LipSyncResult(double durationSeconds, int frames, int framesWithFace, int framesPassedThrough,
                            String pictureNote) {
}
