/**
 * Source separation without trained weights: the background of a recording kept, its speech taken out, by
 * signal processing guided by where a recogniser heard words ({@code SpectralSpeechRemover}).
 */
package studio.loqui.media.separation;
