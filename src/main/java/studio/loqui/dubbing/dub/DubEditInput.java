package studio.loqui.dubbing.dub;

/**
 * The input of a {@code dub-edit} job, as stored with the job.
 *
 * @param dub         the input of the dub the edited job descends from (video, languages, voices)
 * @param editedJobId the finished dub or dub edit whose phrase is corrected
 * @param index       the phrase, an index into that job's {@code phrases}
 * @param text        the corrected source text, or null to keep it
 * @param translation the new translation, or null to translate {@code text}
 */
public record DubEditInput(DubInput dub, String editedJobId, int index, String text, String translation) {
}
