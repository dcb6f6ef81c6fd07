-- A generation outlives the voice it was spoken in: deleting a voice keeps the user's outputs, so the
-- generation's voice becomes unknown instead of the generation being deleted with it.
ALTER TABLE generations ADD COLUMN voice_ref BIGINT REFERENCES voices (id) ON DELETE SET NULL;
UPDATE generations SET voice_ref = voice_id;
ALTER TABLE generations DROP COLUMN voice_id;
ALTER TABLE generations RENAME COLUMN voice_ref TO voice_id;
