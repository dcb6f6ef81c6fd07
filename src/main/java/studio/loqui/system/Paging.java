package studio.loqui.system;

import studio.loqui.system.ApiException;

/** Seed 002's {@code skip} and {@code limit}. */
public record Paging(int skip, int limit) {

    public static Paging of(Integer skip, Integer limit) {
        int s = skip == null ? 0 : skip;
        int l = limit == null ? 100 : limit;
        if (s < 0) {
            throw ApiException.invalidField("skip", "Must be 0 or more");
        }
        if (l < 1 || l > 1000) {
            throw ApiException.invalidField("limit", "Must be between 1 and 1000");
        }
        return new Paging(s, l);
    }
}
