-- Seed 003: a film job's row keeps only the states seed 003 decides itself (queued, moderation_failed,
-- cancelled); status, progress and error of the render are read from its engine job.
UPDATE film_jobs SET status = 'queued' WHERE status NOT IN ('moderation_failed', 'cancelled');
ALTER TABLE film_jobs DROP COLUMN progress;
ALTER TABLE film_jobs DROP COLUMN error;
