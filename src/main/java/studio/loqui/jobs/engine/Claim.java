package studio.loqui.jobs.engine;

import studio.loqui.jobs.Job;

/** The outcome of trying to start a job: run it (with the claimed row), or leave it alone. */
public record Claim(Job job) {

    static final Claim NONE = new Claim(null);

    public boolean granted() {
        return job != null;
    }
}
