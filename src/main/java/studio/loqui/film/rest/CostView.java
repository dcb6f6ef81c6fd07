package studio.loqui.film.rest;

import studio.loqui.film.CostBreakdown;

public record CostView(double estimatedCost, CostBreakdown breakdown) {

    public static CostView of(CostBreakdown breakdown) {
        return new CostView(breakdown.total(), breakdown);
    }
}
