package studio.loqui.jobs.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestStreamElementType;
import studio.loqui.auth.CurrentUser;
import studio.loqui.jobs.JobEventStream;
import studio.loqui.jobs.JobService;

/** Seed 001's processing jobs (UUID ids): status, server-sent events, cancel. */
@Path("/api/v1/process")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class ProcessJobsResource {

    private final JobService jobs;
    private final JobEventStream events;
    private final CurrentUser caller;

    public ProcessJobsResource(JobService jobs, JobEventStream events, CurrentUser caller) {
        this.jobs = jobs;
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Path("status/{job_id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status, progress and estimated completion of a processing job")
    public ProcessStatus status(@RestPath("job_id") String jobId) {
        return ProcessStatus.of(jobs.get(jobId, caller.id()));
    }

    @GET
    @Path("events/{job_id}")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events for a job: one per change, closing when the job ends")
    public Multi<JobEvent> events(@RestPath("job_id") String jobId) {
        long owner = caller.id();
        jobs.get(jobId, owner);
        return events.follow(jobId, owner).map(JobEvent::of);
    }

    @POST
    @Path("cancel/{job_id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a job: a waiting one at once, a running one at its next checkpoint")
    public ProcessStatus cancel(@RestPath("job_id") String jobId) {
        return ProcessStatus.of(jobs.cancel(jobId, caller.id()));
    }
}
