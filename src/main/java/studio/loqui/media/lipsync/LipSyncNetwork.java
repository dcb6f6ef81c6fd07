package studio.loqui.media.lipsync;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;

/**
 * The lip-sync network: a small perceptron from a stacked log-mel window to three mouth parameters
 * (open, spread, round) in [0, 1]. Training and inference build it here so the two always agree.
 */
public final class LipSyncNetwork {

    public static final String NAME = "lipsync";
    public static final int OUTPUTS = 3;

    private LipSyncNetwork() {
    }

    public static Block build() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(160).build())
                .add(Activation::relu)
                .add(Dropout.builder().optRate(0.1f).build())
                .add(Linear.builder().setUnits(64).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(OUTPUTS).build())
                .add(Activation::sigmoid);
    }
}
