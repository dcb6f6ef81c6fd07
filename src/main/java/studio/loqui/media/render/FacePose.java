package studio.loqui.media.render;

/** Everything that moves in one frame: the mouth and how closed the eyes are (0 open, 1 shut). */
record FacePose(MouthPose mouth, double blink) {
}
