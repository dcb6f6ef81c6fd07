package studio.loqui.media.picture;

import java.util.Set;

/** One drawing of the illustration library: its file, its name, where it belongs in a scene, the words for it. */
public record Illustration(String file, String name, Role role, Set<String> words) {

    /** Where a drawing goes in a scene and how it moves. */
    public enum Role {
        /** Sun, moon, stars, clouds, weather: high in the sky, on the back layer. */
        SKY,
        /** Birds, insects, aircraft: in the air, crossing the frame. */
        FLYER,
        /** Fish, boats, swimmers: on or in the water. */
        SWIMMER,
        /** Trees, flowers, rocks: on the ground. */
        PLANT,
        /** Houses, towers, mountains as landmarks: on the horizon. */
        BUILDING,
        VEHICLE,
        /** People and animals: the cast, keeping one look through a film. */
        CHARACTER,
        THING
    }

    /** What the embedding compares a word with: the drawing's name and its words. */
    String meaning() {
        return name.replace('-', ' ') + ": " + String.join(" ", words);
    }
}
