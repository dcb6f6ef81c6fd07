package studio.loqui.film;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModerationTest {

    @Test
    void shouldApproveInnocentScriptWithScoreZeroAndNoReason() {
        Moderation.Verdict verdict = Moderation.check("A quiet morning by the lake. Ducks glide past the old mill.");
        assertTrue(verdict.approved());
        assertEquals(0, verdict.score());
        assertNull(verdict.reason());
        assertEquals("approved", verdict.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "They kill the dragon.", "KILL the dragon", "Kill! Kill!", "\"kill,\" she said", "(kill)", "kill's aftermath",
        "kill_them", "kill123", "They KiLl at dawn", "the end...kill", "a kill-list", "a murder-suicide",
        "they kill--and run", "-kill-"
    })
    void shouldCatchBlockedWordWhateverItsCaseOrPunctuation(String script) {
        Moderation.Verdict verdict = Moderation.check(script);
        assertFalse(verdict.approved(), script + " -> " + verdict);
        assertTrue(verdict.reason().contains("violence"), verdict.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kills", "killed", "killing", "killer", "killers", "murdered", "murderers",
        "slaughtering", "beheaded", "raped", "tortured", "massacred"})
    void shouldCatchSimpleInflections(String word) {
        assertFalse(Moderation.check("then " + word + " again").approved(), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"raping", "torturing", "torturer", "massacring", "exterminating", "overdosing"})
    void shouldCatchInflectionsOfWordsEndingInEThatDropIt(String word) {
        assertFalse(Moderation.check("then " + word + " again").approved(), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "She has the skill to win.", "A skilled kilnworker.", "Methane bubbles from the marsh.", "A method to it.",
        "Grapes on a drape, scraped clean.", "The heroine of the story.", "Therapists meet.", "Nudge the door.",
        "Cockpit of the plane.", "Shiitake mushrooms.", "Pornpen the cat.", "Thermometers are fine."
    })
    void shouldNotFlagInnocentWordsThatContainABlockedWord(String script) {
        Moderation.Verdict verdict = Moderation.check(script);
        assertTrue(verdict.approved(), script + " -> " + verdict);
        assertNull(verdict.reason(), script);
    }

    @Test
    void shouldScoreTheCategoryWeightForOneHit() {
        assertEquals(0.8, Moderation.check("kill").score());
        assertEquals(0.9, Moderation.check("genocide").score());
        assertEquals(0.6, Moderation.check("cocaine").score());
        assertEquals(0.4, Moderation.check("shit").score());
    }

    @Test
    void shouldApproveOneMildWordButRefuseWhenFurtherHitsReachTheThreshold() {
        assertTrue(Moderation.check("Oh shit, the bus.").approved());
        assertTrue(Moderation.check("shit shit shit").approved()); // 0.4 + 0.2
        Moderation.Verdict four = Moderation.check("shit shit shit shit"); // 0.4 + 0.3 reaches 0.7
        assertFalse(four.approved());
        assertEquals(0.7, four.score());
        assertEquals("rejected", four.status());
    }

    @Test
    void shouldRefuseDrugsOnlyFromTheSecondHit() {
        assertTrue(Moderation.check("cocaine").approved());
        assertFalse(Moderation.check("cocaine and heroin").approved());
    }

    @Test
    void shouldTakeTheHeaviestCategoryPlusATenthPerFurtherHitCappedAtOne() {
        assertEquals(1.0, Moderation.check("murder, cocaine, shit").score()); // 0.8 + 0.1 + 0.1
        assertEquals(0.9, Moderation.check("cocaine, shit, shit, shit").score()); // 0.6 + 0.3
        assertEquals(1.0, Moderation.check("kill ".repeat(20)).score());
    }

    @Test
    void shouldNameEachCategoryOnceInTheOrderFound() {
        assertEquals("Script contains drugs, violence, profanity content",
                Moderation.check("Meth. Then murder, then more meth and a shit day, then killing.").reason());
    }
}
