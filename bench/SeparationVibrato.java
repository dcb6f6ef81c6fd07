import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.media.separation.SpectralSpeechRemover;
import studio.loqui.media.separation.SpeechRemover;

import java.util.Random;
/**
 * Speech removal on music less kind than the tests' pure chords: the same chords with 5 Hz vibrato of ±0.3 %, two
 * overtones per note and a low-passed noise bed 22 dB under the notes, under the test data's reader (0870) at three
 * levels. Prints the music's amplitude gain inside the speech (the background's projection on the music; bar: within
 * 3 dB) and what Vosk hears in the background. Run from the project root after a build:
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 *   ./mvnw -B -q -o test-compile
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) bench/SeparationVibrato.java
 */
public class SeparationVibrato {
  static final double[][] CHORDS = {{220.0, 277.18, 329.63}, {196.0, 246.94, 293.66}, {174.61, 220.0, 261.63}, {164.81, 207.65, 246.94}};
  public static void main(String[] a) {
    int rate = 32000;
    PcmAudio v = Resampler.toRate(TestMedia.realVoice(TestMedia.VOICE_0870), rate);
    float[] vs = new float[rate + v.length() + 2 * rate];
    System.arraycopy(v.samples(), 0, vs, rate, v.length());
    Random rnd = new Random(7);
    for (double amp : new double[]{0.02, 0.006, 0.002}) {
      float[] m = new float[vs.length];
      double[] phase = new double[3];
      double lp = 0;
      for (int n = 0; n < m.length; n++) {
        double t = n / (double) rate;
        double[] chord = CHORDS[(int) (t / 2.0) % 4];
        double sum = 0;
        for (int i = 0; i < 3; i++) {
          double f = chord[i] * (1 + 0.003 * Math.sin(2 * Math.PI * 5 * t + i));
          phase[i] += 2 * Math.PI * f / rate;
          sum += Math.sin(phase[i]) + 0.5 * Math.sin(2 * phase[i]) + 0.25 * Math.sin(3 * phase[i]);
        }
        lp = 0.9 * lp + 0.1 * rnd.nextGaussian();
        m[n] = (float) (amp * sum + amp * 0.5 * lp);
      }
      float[] mix = new float[m.length];
      for (int n = 0; n < m.length; n++) mix[n] = vs[n] + m[n];
      PcmAudio mixA = new PcmAudio(mix, rate);
      Transcript heard = TestMedia.RECOGNIZER.recognize(Resampler.toRate(mixA, 16000), "en");
      SpeechSpans spans = SpeechSpans.of(heard, mixA.durationSeconds());
      for (SpeechRemover r : new SpeechRemover[]{new SpectralSpeechRemover()}) {
        PcmAudio b = r.background(mixA, spans);
        double bm = 0, mm = 0;
        for (int n = 0; n < m.length; n++) if (spans.contains(n / (double) rate)) { bm += b.samples()[n] * m[n]; mm += m[n] * m[n]; }
        double g = bm / mm;
        String bh = TestMedia.RECOGNIZER.recognize(Resampler.toRate(b, 16000), "en").text();
        System.out.printf("amp %.3f %s: music gain in speech %+.2f dB; heard \"%s\"%n", amp, r.getClass().getSimpleName(), 20 * Math.log10(Math.abs(g)), bh);
      }
    }
  }
}
