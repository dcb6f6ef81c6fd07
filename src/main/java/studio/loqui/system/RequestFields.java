package studio.loqui.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/** Turns a Bean Validation property path into the field name the JSON request uses. */
final class RequestFields {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private RequestFields() {
    }

    /**
     * {@code cloneVoice.request.textContent} becomes {@code text_content}, a nested
     * {@code create.request.config.numImages} becomes {@code config.num_images}, a query parameter
     * {@code preview.text} becomes {@code text}: the body parameter's own name is dropped when a
     * field of it is named.
     */
    static String jsonPath(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                names.add(SNAKE_CASE.translate(node.getName()));
            }
        }
        if (names.size() > 1) {
            names.remove(0);
        }
        return names.isEmpty() ? null : String.join(".", names);
    }
}
