package studio.loqui.film;

/** Seed 003's cost items, in US dollars. */
public record CostBreakdown(double imageGeneration, double videoGeneration, double voiceSynthesis,
                            double musicSynthesis, double ffmpegProcessing) {

    public double total() {
        return PriceTable.cents(imageGeneration + videoGeneration + voiceSynthesis + musicSynthesis
                + ffmpegProcessing);
    }
}
