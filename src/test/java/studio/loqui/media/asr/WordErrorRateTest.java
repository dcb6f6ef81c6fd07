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

    @Test
    void shouldTakeNumbersAmountsAndAbbreviationsAsTheyAreSaid() {
        assertEquals(0.0, WordErrorRate.spoken("In 1999 we had 3 cats and 25 dogs.",
                "in nineteen ninety nine we had three cats and twenty five dogs", "en").rate(), 1e-9);
        assertEquals(0.0, WordErrorRate.spoken("It costs 3.5 dollars, or 42 percent of 1200.",
                "it costs three point five dollars or forty two percent of twelve hundred", "en").rate(), 1e-9);
        assertEquals(0.0, WordErrorRate.spoken("On the 2nd of May 2024, Dr. Smith paid $15.",
                "on the second of may twenty twenty four doctor smith paid fifteen dollars", "en").rate(), 1e-9);
        assertEquals(0.0, WordErrorRate.spoken("1,200 people, 1905 and 25%",
                "one thousand two hundred people nineteen oh five and twenty five percent", "en").rate(), 1e-9);
        assertEquals(0.0, WordErrorRate.spoken("the 21st and 30th", "the twenty first and thirtieth", "en").rate(), 1e-9);
    }

    @Test
    void shouldStillCountWordsMisheardInsideASpokenNumber() {
        WordErrorRate.Result r = WordErrorRate.spoken("we had 25 dogs", "we had twenty nine dogs", "en");
        assertEquals(1, r.errors());
        assertEquals(5, r.referenceWords());
        assertEquals(1.0, WordErrorRate.spoken("3 cats", "", "en").rate(), 1e-9);
        assertEquals(0.5, WordErrorRate.spoken("3 gatos", "tres gatos", "es").rate(), 1e-9);
    }
}
