package studio.loqui.media.picture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The drawings films are illustrated with: Fluent Emoji Flat, listed in {@code illustrations/catalogue.tsv}
 * and unpacked from the npm package by the build.
 */
public final class IllustrationLibrary {

    /** The credit for the drawings; the licence text is {@code illustrations/NOTICE.txt}. */
    public static final String CREDIT = "Illustrations: Fluent Emoji Flat, (c) Microsoft Corporation, MIT licence "
            + "(npm package @lobehub/fluent-emoji-flat 1.1.0, https://github.com/microsoft/fluentui-emoji)";
    static final String FOLDER = "/illustrations/fluent-emoji-flat/";
    private static final IllustrationLibrary SHARED = load();

    private final List<Illustration> all;
    private final Map<String, Illustration> byWord = new HashMap<>();
    private final Map<String, Illustration> byName = new HashMap<>();

    IllustrationLibrary(List<Illustration> all) {
        this.all = List.copyOf(all);
        for (Illustration illustration : all) {
            byName.putIfAbsent(illustration.name(), illustration);
            for (String word : illustration.words()) {
                byWord.putIfAbsent(word, illustration);
            }
        }
    }

    public static IllustrationLibrary shared() {
        return SHARED;
    }

    public List<Illustration> all() {
        return all;
    }

    /** The drawing a word names: the one of that name, else the first listing the word; singular or plural. */
    Optional<Illustration> forWord(String word) {
        for (String form : forms(word)) {
            Illustration found = byName.getOrDefault(form, byWord.get(form));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(List.of(word));
        if (word.endsWith("ies")) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("es")) {
            forms.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        return forms;
    }

    Optional<Illustration> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static IllustrationLibrary load() {
        try (InputStream in = IllustrationLibrary.class.getResourceAsStream("/illustrations/catalogue.tsv")) {
            if (in == null) {
                throw new IllegalStateException("illustrations/catalogue.tsv is not on the class path");
            }
            List<Illustration> all = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    all.add(new Illustration(cells[0], cells[1],
                            Illustration.Role.valueOf(cells[2].toUpperCase(Locale.ROOT)),
                            new LinkedHashSet<>(Arrays.asList(cells[3].split(" ")))));
                }
            }
            return new IllustrationLibrary(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
