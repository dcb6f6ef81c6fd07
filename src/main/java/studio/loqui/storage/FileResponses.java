package studio.loqui.storage;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.PathPart;
import studio.loqui.system.ApiException;
import studio.loqui.system.ErrorBody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File downloads with HTTP range support, so browsers can seek in audio and video. */
public final class FileResponses {

    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    private FileResponses() {
    }

    public static Response download(Path file, String mimeType, String downloadName, String rangeHeader) {
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw ApiException.notFound("File not found");
        }
        Response.ResponseBuilder builder;
        Matcher range = rangeHeader == null ? null : RANGE.matcher(rangeHeader.trim());
        if (range != null && range.matches() && !(range.group(1).isEmpty() && range.group(2).isEmpty())) {
            long[] span = span(range, length);
            if (span == null) {
                return unsatisfiable(rangeHeader, length);
            }
            long count = span[1] - span[0] + 1;
            builder = Response.status(206)
                    .entity(new PathPart(file, span[0], count))
                    .header("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + length)
                    .header("Content-Length", count);
        } else {
            builder = Response.ok(new PathPart(file, 0, length)).header("Content-Length", length);
        }
        return builder.type(mimeType)
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", "inline; filename=\"" + downloadName.replace("\"", "") + "\"")
                .build();
    }

    private static long[] span(Matcher range, long length) {
        String from = range.group(1);
        String to = range.group(2);
        long start;
        long end;
        if (from.isEmpty()) {
            long suffix = position(to);
            start = Math.max(0, length - suffix);
            end = length - 1;
        } else {
            start = position(from);
            end = to.isEmpty() ? length - 1 : Math.min(position(to), length - 1);
        }
        return start >= length || start > end ? null : new long[] {start, end};
    }

    /** A byte position; one beyond what a long holds lies beyond every file. */
    private static long position(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Response unsatisfiable(String rangeHeader, long length) {
        String message = "Range " + rangeHeader.trim().replaceAll("[^\\x20-\\x7e]", "?") + " lies outside the file's "
                + length + " bytes";
        return Response.status(416)
                .header("Content-Range", "bytes */" + length)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("range_not_satisfiable", message, null, null))
                .build();
    }
}
