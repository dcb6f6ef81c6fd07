/**
 * The one durable job engine: every piece of background work (cloning, generation, extraction, transcription,
 * dubbing, avatar and film rendering) is a {@link studio.loqui.jobs.Job} run by a {@link studio.loqui.jobs.JobHandler}.
 *
 * <h2>Using it from a feature</h2>
 * <ol>
 * <li>Implement {@link studio.loqui.jobs.JobHandler} as an {@code @ApplicationScoped} bean with a kind name;
 * read the input with {@code context.input(MyInput.class)} and declare the job's one output
 * ({@link studio.loqui.jobs.JobOutput}: its name, how to find an earlier attempt's, how to make it); the engine
 * runs the work only when no earlier attempt stored it. In the work, report with
 * {@code context.progress(pct, msg)} (also a cancellation checkpoint), write files under
 * {@code context.workFile(ext)} and store them at the end; return a {@link studio.loqui.jobs.JobResult} holding
 * the handler's own result record (give it a {@code resultUrl} for seed 001's status).</li>
 * <li>In the feature's service, validate the request (4xx before any job exists), then
 * {@code jobService.submit(kind, ownerId, input, new JobOptions(idempotencyKey, webhookUrl, metadata))}.</li>
 * <li>In the resource: {@code @RateLimited(RateBucket.PROCESSING)}, take the {@code Idempotency-Key} header and
 * the optional {@code webhook_url} + {@code metadata} body fields, and answer with
 * {@link studio.loqui.jobs.rest.JobResponses#accepted} (seed 001) or the seed's own shape built from
 * {@link studio.loqui.jobs.JobView}. Status: {@code jobService.get(jobId, ownerId)}; events:
 * {@code GET /api/v1/process/events/{job_id}}; cancel: {@code POST /api/v1/process/cancel/{job_id}}.</li>
 * </ol>
 *
 * <h2>Threading model</h2>
 * Request threads (Vert.x event loop and the worker pool of blocking endpoints) never run media work: they
 * validate and insert the job row and its Quartz job in one transaction. Quartz (JDBC store in the application
 * database, always clustered, {@code quarkus.quartz.thread-count} threads) fires a plain Quartz job,
 * {@link studio.loqui.jobs.engine.JobRunner}, which runs the handler to its end on the Quartz thread; a
 * per-kind permit ({@code loqui.jobs.pool-size."kind"}, default {@code loqui.jobs.default-pool-size}) bounds how
 * many jobs of one kind run at once in a process, and a job that finds its kind full is fired again a second
 * later rather than holding a thread, so no kind can starve another. One heartbeat thread records that running
 * jobs are alive and passes on cancel requests; two small threads poll jobs for server-sent events; webhook
 * calls are Quartz jobs too. No virtual threads.
 *
 * <h2>Durability</h2>
 * Quartz jobs request recovery: when the process (or a cluster node) dies mid-job, Quartz fires the job again
 * on restart or on another node; the engine claims it with the row locked, counts the attempt and runs the
 * handler from the start, or fails the job with a reason once {@code loqui.jobs.max-attempts} is used up.
 * A sweeper requeues jobs whose heartbeat stopped or which lost their trigger. A clean shutdown stops running
 * jobs at their next checkpoint and queues them again without using up an attempt. Handlers must be
 * idempotent: same input, one output.
 */
package studio.loqui.jobs;
