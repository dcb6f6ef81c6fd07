package studio.loqui.media.face;

/** Where the face is in a portrait: its detection box and its 68 landmarks. */
public record FaceAnalysis(FaceBox box, FaceLandmarks landmarks) {
}
