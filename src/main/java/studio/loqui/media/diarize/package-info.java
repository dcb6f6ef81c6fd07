/** Diarisation: who spoke which phrase, from each phrase's voice features ({@code PhraseSpeakers}). */
package studio.loqui.media.diarize;
