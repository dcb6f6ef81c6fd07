/**
 * Signal-processing building blocks shared by the engines, one of each: the FFT ({@code RealFft},
 * JTransforms), windows, YIN pitch tracking, the mel filter bank, MFCC and long-term spectra, LPC and
 * formants, and the resampler ({@code Resampler}, with {@code Decimator} for whole-number factors down).
 */
package studio.loqui.media.dsp;
