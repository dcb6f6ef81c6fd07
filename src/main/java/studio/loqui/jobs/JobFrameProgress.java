package studio.loqui.jobs;

import studio.loqui.media.render.ProgressListener;

/**
 * A frame-by-frame render reported over a span of a job's percentages ("Lip-synced frame 250 of about 1500"),
 * every 25 frames, with the owner's cancel honoured between frames.
 */
public final class JobFrameProgress {

    private static final int EVERY = 25;

    private JobFrameProgress() {
    }

    /** {@code what} names a finished frame, e.g. "Lip-synced frame". */
    public static ProgressListener of(JobContext context, int fromPercent, int toPercent, String what) {
        return new ProgressListener() {
            @Override
            public void framesDone(int done, int total) {
                if (done % EVERY == 0 || done == total) {
                    context.progress(fromPercent + (int) ((toPercent - fromPercent) * (double) done / Math.max(1, total)),
                            what + " " + done + " of about " + total);
                }
            }

            @Override
            public boolean cancelled() {
                return context.cancelRequested();
            }
        };
    }
}
