package studio.loqui.dubbing.dub;

/**
 * The input of a {@code dub} job, as stored with the job.
 *
 * @param voiceId    the caller's voice to dub with, or null for the video's own speaker
 * @param transcript the caller's SRT or WebVTT transcript to dub from, or null to recognise the speech
 * @param speakerVoices the caller's voices for some speakers by label, or null
 * @param lipSync     true to lip-sync the face in the video to the dubbed speech
 * @param burnCaptions true to draw the target-language cues into the picture as well
 * @param slowPicture  true to slow the picture under a phrase that cannot fit at 1.25x, rather than speed it up more
 */
public record DubInput(String videoFileId, String sourceLanguage, String targetLanguage, String outputFormat,
                       String quality, Long voiceId, String transcript, java.util.Map<String, Long> speakerVoices,
                       Boolean lipSync, Boolean burnCaptions, Boolean slowPicture) {

    boolean burnsCaptions() {
        return Boolean.TRUE.equals(burnCaptions);
    }

    boolean slowsPicture() {
        return Boolean.TRUE.equals(slowPicture);
    }

    /** The caller's voice for speaker {@code label}: the one mapped to it, else the one for all, else null. */

    Long voiceFor(String label) {
        return speakerVoices != null && speakerVoices.containsKey(label) ? speakerVoices.get(label) : voiceId;
    }
}
