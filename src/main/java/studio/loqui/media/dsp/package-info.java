/**
 * Signal-processing building blocks shared by the voice engines: FFT (JTransforms), windows, YIN
 * pitch tracking, mel filters, MFCC and long-term spectra, LPC and formants, decimation.
 */
package studio.loqui.media.dsp;
