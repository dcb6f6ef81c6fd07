package studio.loqui.media.picture;

import java.util.Random;
import java.util.Set;

/** Where a drawing of each role stands in a scene: sky things high, buildings on the horizon, the cast in front. */
final class ScenePlacement {

    static final int SLOTS = 7;

    private ScenePlacement() {
    }

    /** The horizon (or the foot of an indoor wall) as a fraction of the picture's height. */
    static double horizon(Backdrop backdrop) {
        return switch (backdrop.terrain()) {
            case INDOORS -> 0.66;
            case SPACE -> 1.0;
            case SEA, LAKE -> 0.56;
            default -> 0.6;
        };
    }

    /** @param castSize the size the cast member keeps, or null for a drawing sized by its role */
    static ScenePlan.Placement of(Illustration illustration, Double castSize, boolean mirrored, Backdrop backdrop,
                                  Set<Integer> slotsTaken, Random random) {
        double horizon = horizon(backdrop);
        double x = (slot(slotsTaken, random) + 0.5 + 0.3 * (random.nextDouble() - 0.5)) / SLOTS;
        double r = random.nextDouble();
        return switch (illustration.role()) {
            case SKY -> new ScenePlan.Placement(illustration, x, 0.16 + 0.14 * r, 0.15 + 0.05 * r, 0.0, false);
            case FLYER -> new ScenePlan.Placement(illustration, x, 0.22 + 0.2 * r, 0.1 + 0.05 * r, 0.2,
                    random.nextBoolean());
            case BUILDING -> new ScenePlan.Placement(illustration, x, Math.min(0.95, horizon + 0.04 + 0.04 * r),
                    0.3 + 0.12 * r, 0.3, false);
            case SWIMMER -> new ScenePlan.Placement(illustration, x, Math.min(0.95, horizon + 0.14 + 0.18 * r),
                    0.14 + 0.07 * r, 0.5, random.nextBoolean());
            case PLANT -> new ScenePlan.Placement(illustration, x, Math.min(0.97, horizon + 0.08 + 0.2 * r),
                    0.2 + 0.14 * r, 0.4 + 0.3 * r, random.nextBoolean());
            case VEHICLE, THING -> new ScenePlan.Placement(illustration, x, 0.8 + 0.08 * r, 0.17 + 0.07 * r, 0.8,
                    random.nextBoolean());
            case CHARACTER -> new ScenePlan.Placement(illustration, x, 0.86 + 0.06 * r,
                    castSize == null ? 0.3 : castSize, 0.9, mirrored);
        };
    }

    private static int slot(Set<Integer> taken, Random random) {
        int slot = random.nextInt(SLOTS);
        for (int tries = 0; taken.contains(slot) && tries < SLOTS; tries++) {
            slot = (slot + 3) % SLOTS;
        }
        taken.add(slot);
        return slot;
    }
}
