package studio.loqui.media.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a caption as a broadcast subtitle would look: white antialiased sans-serif letters outlined in black on
 * a half-transparent dark box, at most {@link #MAX_LINES} lines centred at the bottom of the picture, the letters {@value #HEIGHT_DIVISOR}th
 * of the picture's height. A caption too long for two lines at that size is drawn smaller, down to
 * {@link #MIN_SCALE} of it, and cut with an ellipsis when even that is too long. Each caption is drawn once
 * into a transparent overlay ({@link Overlay}) that frames are then blended with.
 */
final class CaptionPainter {

    static final int MAX_LINES = 2;
    static final int HEIGHT_DIVISOR = 16;
    static final double MIN_SCALE = 0.7;
    /** Captions stay within this share of the width. */
    static final double WIDTH_SHARE = 0.9;
    private static final int MIN_FONT_PIXELS = 10;
    /** Half-transparent black behind the letters, so they stay legible over white too. */
    private static final Color BOX = new Color(0, 0, 0, 110);

    private CaptionPainter() {
    }

    /** A drawn caption: its pixels (ARGB, not premultiplied) and where its top left corner goes in the frame. */
    record Overlay(BufferedImage image, int x, int y) {
    }

    static Overlay draw(String text, int width, int height) {
        int full = Math.max(MIN_FONT_PIXELS, height / HEIGHT_DIVISOR);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D probe = scratch.createGraphics();
        probe.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int maxWidth = (int) (width * WIDTH_SHARE);
        Font font = font(full);
        List<String> lines = wrap(text, probe.getFontMetrics(font), maxWidth);
        for (int size = full; lines.size() > MAX_LINES && size > full * MIN_SCALE; size--) {
            font = font(size - 1);
            lines = wrap(text, probe.getFontMetrics(font), maxWidth);
        }
        FontMetrics metrics = probe.getFontMetrics(font);
        lines = fit(lines, metrics, maxWidth);
        probe.dispose();
        return render(lines, font, width, height);
    }

    private static Overlay render(List<String> lines, Font font, int width, int height) {
        float stroke = Math.max(2f, font.getSize2D() / 7f);
        int pad = (int) Math.ceil(stroke) + Math.max(2, font.getSize() / 5);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D probe = scratch.createGraphics();
        FontMetrics metrics = probe.getFontMetrics(font);
        int lineHeight = metrics.getHeight();
        int textWidth = lines.stream().mapToInt(metrics::stringWidth).max().orElse(1);
        probe.dispose();
        int w = Math.min(width, textWidth + 2 * pad);
        int h = lineHeight * lines.size() + 2 * pad;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(BOX);
        g.fillRoundRect(0, 0, w, h, pad * 2, pad * 2);
        FontRenderContext context = g.getFontRenderContext();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            TextLayout layout = new TextLayout(lines.get(i), font, context);
            double x = (w - layout.getAdvance()) / 2.0;
            double baseline = pad + i * lineHeight + metrics.getAscent();
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(Color.WHITE);
            g.fill(outline);
        }
        g.dispose();
        int bottomMargin = Math.max(2, height / 20);
        return new Overlay(image, (width - w) / 2, Math.max(0, height - bottomMargin - h));
    }

    private static Font font(int pixels) {
        return new Font(Font.SANS_SERIF, Font.BOLD, pixels);
    }

    /** Whole words into lines no wider than {@code maxWidth} (a single longer word stands alone). */
    static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && metrics.stringWidth(line + " " + word) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** At most {@link #MAX_LINES} lines, the last cut at a word with an ellipsis when more did not fit. */
    private static List<String> fit(List<String> lines, FontMetrics metrics, int maxWidth) {
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
        String last = kept.get(MAX_LINES - 1);
        while (last.contains(" ") && metrics.stringWidth(last + " …") > maxWidth) {
            last = last.substring(0, last.lastIndexOf(' '));
        }
        kept.set(MAX_LINES - 1, last + " …");
        return kept;
    }
}
