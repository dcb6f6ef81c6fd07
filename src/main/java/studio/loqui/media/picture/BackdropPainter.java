package studio.loqui.media.picture;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.util.Random;

/**
 * Paints a backdrop's two layers: the far one (sky, then mountains, skyline, hills, dunes or a room's wall)
 * and the near one (the ground, water, road or floor the drawings stand on).
 */
final class BackdropPainter {

    private BackdropPainter() {
    }

    static void far(Graphics2D g, Backdrop backdrop, int w, int h, Random random) {
        int horizon = (int) (h * ScenePlacement.horizon(backdrop));
        sky(g, backdrop, w, h);
        if (backdrop.time() == Backdrop.TimeOfDay.NIGHT || backdrop.terrain() == Backdrop.Terrain.SPACE) {
            stars(g, w, Math.max(1, horizon), random);
        }
        boolean dark = backdrop.time() == Backdrop.TimeOfDay.NIGHT;
        switch (backdrop.terrain()) {
            case MOUNTAINS -> {
                range(g, w, horizon, h * 0.42, shade(new Color(120, 130, 160), backdrop), random, true);
                range(g, w, horizon, h * 0.3, shade(new Color(85, 95, 125), backdrop), random, true);
            }
            case CITY -> skyline(g, w, horizon, h, dark, random);
            case FOREST -> treeLine(g, w, horizon, h, shade(new Color(40, 95, 60), backdrop), random);
            case MEADOW, LAKE -> hills(g, w, horizon, h, shade(new Color(110, 170, 95), backdrop), random);
            case DESERT -> hills(g, w, horizon, h, shade(new Color(225, 180, 120), backdrop), random);
            case SNOWFIELD -> range(g, w, horizon, h * 0.2, shade(new Color(225, 235, 250), backdrop), random, false);
            case INDOORS -> room(g, backdrop, w, horizon, h);
            case SEA, SPACE -> {
            }
        }
    }

    static void near(Graphics2D g, Backdrop backdrop, int w, int h) {
        int horizon = (int) (h * ScenePlacement.horizon(backdrop));
        Color top;
        Color bottom;
        switch (backdrop.terrain()) {
            case SEA, LAKE -> {
                top = new Color(70, 150, 200);
                bottom = new Color(20, 70, 140);
            }
            case CITY -> {
                top = new Color(120, 120, 125);
                bottom = new Color(70, 70, 78);
            }
            case DESERT -> {
                top = new Color(235, 200, 140);
                bottom = new Color(205, 160, 100);
            }
            case SNOWFIELD -> {
                top = new Color(240, 245, 255);
                bottom = new Color(200, 215, 235);
            }
            case INDOORS -> {
                top = new Color(165, 115, 75);
                bottom = new Color(120, 80, 50);
            }
            case FOREST -> {
                top = new Color(60, 120, 55);
                bottom = new Color(30, 80, 35);
            }
            case SPACE -> {
                return;
            }
            default -> {
                top = new Color(110, 180, 80);
                bottom = new Color(60, 130, 50);
            }
        }
        g.setPaint(new GradientPaint(0, horizon, shade(top, backdrop), 0, h, shade(bottom, backdrop)));
        g.fillRect(0, horizon, w, h - horizon);
        if (backdrop.terrain() == Backdrop.Terrain.CITY) {
            g.setColor(shade(new Color(230, 220, 120), backdrop));
            for (int x = 0; x < w; x += w / 8) {
                g.fillRect(x, (horizon + h) / 2, w / 16, Math.max(2, h / 90));
            }
        }
    }

    /** A colour as the light of the hour shows it: darker and bluer at night, warmer at dawn and dusk. */
    static Color shade(Color c, Backdrop backdrop) {
        return switch (backdrop.time()) {
            case NIGHT -> new Color(c.getRed() * 30 / 100, c.getGreen() * 32 / 100, Math.min(255, c.getBlue() * 50 / 100 + 20));
            case DAWN, DUSK -> new Color(Math.min(255, c.getRed() * 95 / 100 + 25), c.getGreen() * 80 / 100, c.getBlue() * 75 / 100);
            case DAY -> backdrop.weather() == Backdrop.Weather.CLEAR ? c
                    : new Color(c.getRed() * 80 / 100, c.getGreen() * 82 / 100, c.getBlue() * 86 / 100);
        };
    }

    private static void sky(Graphics2D g, Backdrop backdrop, int w, int h) {
        Color top;
        Color horizon;
        if (backdrop.terrain() == Backdrop.Terrain.SPACE) {
            top = new Color(5, 5, 20);
            horizon = new Color(30, 20, 60);
        } else {
            switch (backdrop.time()) {
                case NIGHT -> {
                    top = new Color(8, 12, 40);
                    horizon = new Color(40, 50, 100);
                }
                case DAWN -> {
                    top = new Color(90, 110, 190);
                    horizon = new Color(255, 185, 120);
                }
                case DUSK -> {
                    top = new Color(70, 60, 140);
                    horizon = new Color(250, 130, 80);
                }
                default -> {
                    top = new Color(70, 140, 225);
                    horizon = new Color(190, 225, 250);
                }
            }
            if (backdrop.weather() != Backdrop.Weather.CLEAR && backdrop.time() != Backdrop.TimeOfDay.NIGHT) {
                top = grey(top);
                horizon = grey(horizon);
            }
        }
        g.setPaint(new GradientPaint(0, 0, top, 0, (float) (h * ScenePlacement.horizon(backdrop)), horizon));
        g.fillRect(0, 0, w, h);
    }

    private static Color grey(Color c) {
        int mean = (c.getRed() + c.getGreen() + c.getBlue()) / 3;
        return new Color((c.getRed() + 2 * mean) / 3, (c.getGreen() + 2 * mean) / 3, (c.getBlue() + 2 * mean) / 3);
    }

    private static void stars(Graphics2D g, int w, int below, Random random) {
        g.setColor(new Color(255, 255, 230));
        int size = Math.max(1, w / 640);
        for (int i = 0; i < 120; i++) {
            g.fillRect(random.nextInt(w), random.nextInt(below), size + random.nextInt(2), size);
        }
    }

    private static void range(Graphics2D g, int w, int horizon, double height, Color colour, Random random,
                              boolean snowCaps) {
        Polygon range = new Polygon();
        range.addPoint(0, horizon + 2);
        int peaks = 4 + random.nextInt(3);
        int step = w / peaks;
        for (int i = 0; i <= peaks; i++) {
            int peakX = i * step + random.nextInt(Math.max(1, step / 2));
            int peakY = (int) (horizon - height * (0.6 + 0.4 * random.nextDouble()));
            range.addPoint(peakX, peakY);
            range.addPoint(peakX + step / 2, (int) (horizon - height * 0.25 * random.nextDouble()));
            if (snowCaps) {
                g.setColor(new Color(245, 248, 255));
            }
        }
        range.addPoint(w, horizon + 2);
        g.setColor(colour);
        g.fillPolygon(range);
        if (snowCaps) {
            g.setColor(new Color(245, 248, 255, 220));
            for (int i = 1; i < range.npoints - 1; i += 2) {
                int px = range.xpoints[i];
                int py = range.ypoints[i];
                int cap = (int) (height * 0.12);
                g.fillPolygon(new int[] {px - cap, px, px + cap}, new int[] {py + cap, py, py + cap}, 3);
            }
        }
    }

    private static void hills(Graphics2D g, int w, int horizon, int h, Color colour, Random random) {
        g.setColor(colour);
        for (int i = 0; i < 4; i++) {
            int width = w / 2 + random.nextInt(w / 2);
            int height = h / 8 + random.nextInt(h / 10);
            g.fillOval(random.nextInt(w) - width / 2, horizon - height / 2, width, height);
        }
    }

    private static void treeLine(Graphics2D g, int w, int horizon, int h, Color colour, Random random) {
        g.setColor(colour);
        for (int x = -h / 20; x < w; x += h / 30) {
            int size = h / 8 + random.nextInt(h / 10);
            g.fillPolygon(new int[] {x - size / 4, x, x + size / 4}, new int[] {horizon + 2, horizon - size, horizon + 2}, 3);
        }
    }

    private static void skyline(Graphics2D g, int w, int horizon, int h, boolean dark, Random random) {
        for (int x = 0; x < w; ) {
            int width = w / 18 + random.nextInt(w / 14);
            int height = h / 8 + random.nextInt(h / 4);
            int grey = 90 + random.nextInt(60);
            g.setColor(dark ? new Color(25, 28, 45) : new Color(grey, grey + 5, grey + 20));
            g.fillRect(x, horizon - height, width - 3, height + 2);
            g.setColor(dark ? new Color(255, 220, 130) : new Color(200, 225, 245));
            int window = Math.max(2, w / 200);
            for (int wy = horizon - height + window * 2; wy < horizon - window; wy += window * 3) {
                for (int wx = x + window; wx < x + width - window * 2; wx += window * 3) {
                    if (!dark || random.nextInt(3) == 0) {
                        g.fillRect(wx, wy, window, window);
                    }
                }
            }
            x += width;
        }
    }

    private static void room(Graphics2D g, Backdrop backdrop, int w, int horizon, int h) {
        g.setColor(shade(new Color(235, 215, 185), backdrop));
        int windowLeft = w * 3 / 5;
        int windowTop = h / 8;
        int windowWidth = w / 4;
        int windowHeight = horizon / 2;
        java.awt.geom.Area wall = new java.awt.geom.Area(new java.awt.Rectangle(0, 0, w, horizon));
        wall.subtract(new java.awt.geom.Area(new java.awt.Rectangle(windowLeft, windowTop, windowWidth, windowHeight)));
        g.fill(wall);
        g.setColor(new Color(120, 85, 60));
        int frame = Math.max(3, w / 150);
        g.fillRect(windowLeft - frame, windowTop - frame, windowWidth + 2 * frame, frame);
        g.fillRect(windowLeft - frame, windowTop + windowHeight, windowWidth + 2 * frame, frame);
        g.fillRect(windowLeft - frame, windowTop, frame, windowHeight);
        g.fillRect(windowLeft + windowWidth, windowTop, frame, windowHeight);
        g.fillRect(windowLeft + windowWidth / 2 - frame / 2, windowTop, frame, windowHeight);
        g.setColor(shade(new Color(200, 175, 145), backdrop));
        g.fillRect(0, horizon - h / 40, w, h / 40);
    }
}
