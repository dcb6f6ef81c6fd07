/**
 * Source separation without trained weights: the background of a recording kept, its speech taken out, by
 * signal processing guided by where a recogniser heard words ({@code SpectralSpeechRemover}, its estimate capped
 * by what the background held between phrases), with the steady
 * partials of music set aside first ({@code TonalLayer}).
 */
package studio.loqui.media.separation;
