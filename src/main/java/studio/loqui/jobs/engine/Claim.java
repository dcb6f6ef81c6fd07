package studio.loqui.jobs.engine;

import studio.loqui.jobs.Job;

/**
 * The outcome of trying to start a job: run it (with the claimed row); leave it alone (it runs elsewhere); or
 * nothing to run because the job has ended (now or before), when its leftover work files can go.
 */
public record Claim(Job job, boolean ended) {

    static final Claim NONE = new Claim(null, false);
    static final Claim ENDED = new Claim(null, true);

    static Claim run(Job job) {
        return new Claim(job, false);
    }

    public boolean granted() {
        return job != null;
    }
}
