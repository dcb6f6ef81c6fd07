package studio.loqui.avatar;

import studio.loqui.storage.Asset;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 004's generation result. */
public record AvatarResult(boolean success, String videoUrl, String videoFilename, Double duration,
                           Integer framesGenerated, String errorMessage) {

    public static AvatarResult of(Asset video, int frames) {
        return new AvatarResult(true, "/download/" + video.name, video.name, video.durationSeconds, frames, null);
    }

    public static AvatarResult failed(String reason) {
        return new AvatarResult(false, null, null, null, null, reason);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("success", success);
        map.put("video_url", videoUrl);
        map.put("video_filename", videoFilename);
        map.put("duration", duration);
        map.put("frames_generated", framesGenerated);
        map.put("error_message", errorMessage);
        map.put("result_url", videoUrl == null ? null : "/api/v1" + videoUrl);
        return map;
    }
}
