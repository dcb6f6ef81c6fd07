package studio.loqui.avatar;

import com.fasterxml.jackson.annotation.JsonProperty;
import studio.loqui.storage.Asset;

/** Seed 004's generation result; {@code result_url} is where the engine's status endpoints point. */
public record AvatarResult(boolean success, String videoUrl, String videoFilename, Double duration,
                           Integer framesGenerated, String errorMessage) {

    public static AvatarResult of(Asset video, int frames) {
        return new AvatarResult(true, "/download/" + video.name, video.name, video.durationSeconds, frames, null);
    }

    public static AvatarResult failed(String reason) {
        return new AvatarResult(false, null, null, null, null, reason);
    }

    @JsonProperty("result_url")
    public String resultUrl() {
        return videoUrl == null ? null : "/api/v1" + videoUrl;
    }
}
