package studio.loqui.film;

/** The engine job's input: which film job to render (everything else is read from its row). */
public record FilmRenderInput(long filmJobId) {
}
