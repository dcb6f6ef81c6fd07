package studio.loqui.media.lipsync.training;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingResult;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.media.lipsync.LipSyncNetwork;
import studio.loqui.media.lipsync.SpeechFeatures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Rebuilds the lip-sync weights from scratch: synthesises sentences with MaryTTS, varies the voice,
 * labels every 20 ms with the viseme of the sounding phone, trains {@link LipSyncNetwork} with DJL and
 * writes the weights plus a summary to {@code models/lipsync/}. Arguments: [output dir] [sentences] [epochs].
 */
public final class LipSyncTrainer {

    private static final double[] RATES = {0.84, 0.92, 1.0, 1.1};
    private static final double[] ESPEAK_RATES = {0.95, 1.05};
    private static final int BATCH = 256;
    private static final long SEED = 20261123L;

    private static double lastOpenCorrelation;

    private LipSyncTrainer() {
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : LipSyncModel.DEFAULT_DIRECTORY;
        int sentences = args.length > 1 ? Integer.parseInt(args[1]) : 80;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        TrainingSet train = new TrainingSet();
        TrainingSet valid = new TrainingSet();
        int utterances = synthesise(sentences, train, valid);
        if (EspeakSpeaker.installed()) {
            utterances += synthesiseWithEspeak(sentences / 2, train, valid);
        }
        System.out.printf("%d utterances: %d training and %d validation examples%n", utterances, train.size(), valid.size());
        TrainingResult result = train(train, valid, epochs, out);
        writeSummary(out, sentences, utterances, train, valid, epochs, result);
    }

    private static int synthesise(int count, TrainingSet train, TrainingSet valid) throws Exception {
        MaryTtsSpeaker speaker = new MaryTtsSpeaker();
        Random random = new Random(SEED);
        List<String> sentences = TrainingSentences.generate(count, SEED);
        int utterances = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Optional<LabelledSpeech> speech = speaker.speak(sentences.get(i));
            if (speech.isEmpty()) {
                continue;
            }
            TrainingSet target = i % 10 == 9 ? valid : train;
            for (double rate : RATES) {
                target.add(VoiceVariation.random(random, rate).apply(speech.get(), random));
                utterances++;
            }
        }
        return utterances;
    }

    private static int synthesiseWithEspeak(int count, TrainingSet train, TrainingSet valid) throws Exception {
        Path work = Files.createTempDirectory("lipsync-espeak");
        EspeakSpeaker speaker = new EspeakSpeaker(work, SEED + 1);
        Random random = new Random(SEED + 1);
        List<String> sentences = TrainingSentences.generate(count, SEED + 1);
        int utterances = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Optional<LabelledSpeech> speech = speaker.speak(sentences.get(i));
            if (speech.isEmpty()) {
                continue;
            }
            TrainingSet target = i % 10 == 9 ? valid : train;
            for (double rate : ESPEAK_RATES) {
                target.add(VoiceVariation.random(random, rate).apply(speech.get(), random));
                utterances++;
            }
        }
        Files.deleteIfExists(work);
        return utterances;
    }

    private static TrainingResult train(TrainingSet train, TrainingSet valid, int epochs, Path out) throws Exception {
        try (Model model = Model.newInstance(LipSyncNetwork.NAME)) {
            model.setBlock(LipSyncNetwork.build());
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
                    .addTrainingListeners(TrainingListener.Defaults.basic());
            try (Trainer trainer = model.newTrainer(config); NDManager manager = model.getNDManager().newSubManager()) {
                trainer.initialize(new Shape(BATCH, SpeechFeatures.SIZE));
                ArrayDataset trainData = dataset(manager, train, true);
                ArrayDataset validData = dataset(manager, valid, false);
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    EasyTrain.fit(trainer, 1, trainData, validData);
                    TrainingResult r = trainer.getTrainingResult();
                    System.out.printf("epoch %d: training loss %.5f, validation loss %.5f%n",
                            epoch, r.getTrainLoss(), r.getValidateLoss());
                }
                TrainingResult result = trainer.getTrainingResult();
                Files.createDirectories(out);
                model.setProperty("Epoch", String.valueOf(epochs));
                model.save(out, LipSyncNetwork.NAME);
                System.out.println(result);
                lastOpenCorrelation = OpenCorrelation.of(model, valid);
                System.out.printf("validation: Pearson r of predicted and labelled openness %.3f%n", lastOpenCorrelation);
                return result;
            }
        }
    }

    private static ArrayDataset dataset(NDManager manager, TrainingSet set, boolean shuffle) {
        return new ArrayDataset.Builder()
                .setData(manager.create(set.inputs(), new Shape(set.size(), SpeechFeatures.SIZE)))
                .optLabels(manager.create(set.targets(), new Shape(set.size(), LipSyncNetwork.OUTPUTS)))
                .setSampling(BATCH, shuffle)
                .build();
    }

    private static void writeSummary(Path out, int sentences, int utterances, TrainingSet train, TrainingSet valid,
                                     int epochs, TrainingResult result) throws Exception {
        String text = "Lip-sync network trained " + Instant.now() + "\n"
                + "data: " + sentences + " MaryTTS cmu-slt-hsmm sentences x " + RATES.length + " voice variations"
                + (EspeakSpeaker.installed() ? " + " + sentences / 2 + " eSpeak NG sentences (word by word, six voices) x "
                + ESPEAK_RATES.length : "") + " = " + utterances + " utterances; " + train.size() + " training and " + valid.size() + " validation examples\n"
                + "epochs: " + epochs + ", batch " + BATCH + ", Adam 1e-3, L2 loss\n"
                + "final training loss " + result.getTrainLoss() + ", validation loss " + result.getValidateLoss() + "\n"
                + "validation: Pearson r of predicted and labelled openness " + lastOpenCorrelation + "\n";
        Files.writeString(out.resolve("TRAINING.txt"), text);
    }
}
