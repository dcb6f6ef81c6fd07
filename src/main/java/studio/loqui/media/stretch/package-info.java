/** Time stretching: recordings made shorter or longer at the same pitch ({@code TimeStretcher}). */
package studio.loqui.media.stretch;
