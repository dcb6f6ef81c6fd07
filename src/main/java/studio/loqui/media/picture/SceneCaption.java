package studio.loqui.media.picture;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** A script line as a caption: white, wrapped, centred on a dark band at the bottom of the picture. */
final class SceneCaption {

    private SceneCaption() {
    }

    static void draw(Graphics2D g, String line, int w, int h) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, h / 20)));
        FontMetrics metrics = g.getFontMetrics();
        List<String> rows = wrap(line, metrics, w * 9 / 10);
        int rowHeight = metrics.getHeight();
        int top = h - rowHeight * rows.size() - h / 20;
        g.setColor(new Color(0, 0, 0, 140));
        g.fillRect(0, top - rowHeight / 2, w, h - top + rowHeight / 2);
        g.setColor(Color.WHITE);
        for (int i = 0; i < rows.size(); i++) {
            int x = (w - metrics.stringWidth(rows.get(i))) / 2;
            g.drawString(rows.get(i), x, top + metrics.getAscent() + i * rowHeight);
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!row.isEmpty() && metrics.stringWidth(row + " " + word) > maxWidth) {
                rows.add(row.toString());
                row.setLength(0);
            }
            row.append(row.isEmpty() ? "" : " ").append(word);
        }
        rows.add(row.toString());
        return rows;
    }
}
