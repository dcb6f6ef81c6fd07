package studio.loqui.user.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"first_name\":\"John\",\"last_name\":\"Doe\",\"bio\":\"Updated bio\"}")
public record ProfileUpdate(String firstName, String lastName, String bio) {
}
