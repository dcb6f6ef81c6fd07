package studio.loqui.media.asr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordErrorRateTest {

    @Test
    void shouldCountSubstitutionsDeletionsAndInsertions() {
        assertEquals(0.0, WordErrorRate.compute("Hello, world!", "hello world").rate(), 1e-9);
        assertEquals(1 / 3.0, WordErrorRate.compute("the cat sat", "the bat sat").rate(), 1e-9);
        assertEquals(1 / 3.0, WordErrorRate.compute("the cat sat", "the sat").rate(), 1e-9);
        assertEquals(2 / 3.0, WordErrorRate.compute("the cat sat", "the cat sat on it").rate(), 1e-9);
        assertEquals(1.0, WordErrorRate.compute("one two", "").rate(), 1e-9);
        assertEquals(0.0, WordErrorRate.compute("don't stop", "DON'T stop.").rate(), 1e-9);
    }
}
