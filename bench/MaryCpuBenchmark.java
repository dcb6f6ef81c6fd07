import studio.loqui.media.tts.*;
import java.lang.management.ManagementFactory;
/** MaryTTS alone: process CPU time and wall time per second of speech, 15 runs after 8 warm-up. Run like VoiceBenchmark. */
public class MaryCpuBenchmark {
    public static void main(String[] a) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MaryTtsSynthesizer m = new MaryTtsSynthesizer();
        SynthesisRequest r = SynthesisRequest.of("After the meeting ended, the tired engineers walked down to the harbour to watch the ships sail into the evening.", "en");
        double audio = 0;
        for (int i = 0; i < 8; i++) audio = m.synthesize(r).audio().durationSeconds();
        long cpu0 = os.getProcessCpuTime(), wall0 = System.nanoTime();
        int n = 15;
        for (int i = 0; i < n; i++) m.synthesize(r);
        System.out.printf("audio %.2f s; CPU RTF %.4f; wall RTF %.4f (%d runs)%n", audio,
                (os.getProcessCpuTime() - cpu0) / 1e9 / n / audio, (System.nanoTime() - wall0) / 1e9 / n / audio, n);
    }
}
