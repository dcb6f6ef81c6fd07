package studio.loqui.media.render;

import studio.loqui.media.lipsync.MouthShape;

/**
 * Everything that moves in one frame: the mouth, how closed the eyes are (0 open, 1 shut) and the
 * head's small shift (pixels) and tilt (radians).
 */
record FacePose(MouthShape mouth, double blink, double headX, double headY, double headTilt) {
}
