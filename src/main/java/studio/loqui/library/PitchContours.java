package studio.loqui.library;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.YinPitchTracker;
import studio.loqui.storage.Asset;

import java.time.Duration;

/** The F0 track of a library item's audio, for drawing a sample's pitch against what was spoken from it. */
@ApplicationScoped
public class PitchContours {

    /** Longer audio is tracked over its first two minutes: a contour is a picture, not a measurement of all. */
    static final Duration LONGEST = Duration.ofMinutes(2);
    private static final int RATE = 16_000;

    private final LibraryService library;
    private final AudioDecoder decoder;
    private final YinPitchTracker tracker = YinPitchTracker.forSpeech();

    public PitchContours(LibraryService library, AudioDecoder decoder) {
        this.library = library;
        this.decoder = decoder;
    }

    public record Contour(String itemType, long itemId, double durationSeconds, double hopSeconds, double medianHz,
                          float[] f0Hz) {
    }

    public Contour of(long userId, String itemType, long id) {
        Asset asset = library.file(userId, itemType, id);
        PcmAudio audio = decoder.decodeHead(library.pathOf(asset), RATE, LONGEST);
        PitchTrack track = tracker.track(audio);
        return new Contour(itemType, id, audio.durationSeconds(), track.hopSeconds(),
                Math.round(track.medianHz() * 10) / 10.0, track.f0Hz());
    }
}
