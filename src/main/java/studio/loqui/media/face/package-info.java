/**
 * Face engine: {@link studio.loqui.media.face.PortraitLoader} checks an image's header (format, size)
 * before decoding it with OpenCV; {@link studio.loqui.media.face.FaceAnalyzer} finds the largest
 * frontal face with the Haar cascade shipped in the OpenCV jar and places 68 landmarks, with dlib's
 * trained model from Debian's {@code libdlib-data} (read and evaluated by
 * {@link studio.loqui.media.face.ShapePredictor}, no dlib library involved) or, without it, from
 * average face proportions. Problems are {@link studio.loqui.media.face.ImageRejectedException}s
 * (HTTP 400), {@link studio.loqui.media.face.NoFaceFoundException} when there is no face.
 */
package studio.loqui.media.face;
