package studio.loqui.media.inspect;

/** Reads ffprobe's packet list ({@code pts_time,duration_time} a line) for where the last packet ends. */
final class PacketTimes {

    private PacketTimes() {
    }

    /** The latest packet end in seconds, or null when no line has a time. */
    static Double end(String csv) {
        double end = -1;
        for (String line : csv.split("\n")) {
            String[] fields = line.strip().split(",");
            Double start = number(fields[0]);
            if (start != null) {
                Double length = fields.length > 1 ? number(fields[1]) : null;
                end = Math.max(end, start + (length == null ? 0 : length));
            }
        }
        return end > 0 ? end : null;
    }

    private static Double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
