package studio.loqui.storage;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import studio.loqui.system.ApiException;

/** Checks on a multipart upload before it is stored. */
public final class Uploads {

    private Uploads() {
    }

    public static FileUpload require(FileUpload upload, String field) {
        if (upload == null || upload.uploadedFile() == null) {
            throw ApiException.invalidField(field, "A file is required in form field '" + field + "'");
        }
        if (upload.size() == 0) {
            throw ApiException.invalidField(field, "The uploaded file is empty");
        }
        return upload;
    }
}
