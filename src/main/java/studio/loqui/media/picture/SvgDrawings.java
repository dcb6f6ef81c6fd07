package studio.loqui.media.picture;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's SVG drawings as pictures, painted by Batik: each drawing is parsed once, and each size of it
 * painted once and kept, so a film's frames only copy pictures.
 */
final class SvgDrawings {

    private static final SvgDrawings SHARED = new SvgDrawings();
    private static final int MAX_KEPT_PICTURES = 1500;

    private final Map<String, Node> parsed = new ConcurrentHashMap<>();
    private final Map<String, BufferedImage> painted = new ConcurrentHashMap<>();

    static SvgDrawings shared() {
        return SHARED;
    }

    /** {@code illustration} painted {@code size} pixels square (transparent around it), mirrored if asked. */
    BufferedImage picture(Illustration illustration, int size, boolean mirrored) {
        String key = illustration.file() + "@" + size + (mirrored ? "m" : "");
        BufferedImage picture = painted.get(key);
        if (picture == null) {
            picture = paint(parsed.computeIfAbsent(illustration.file(), SvgDrawings::parse), Math.max(1, size), mirrored);
            if (painted.size() > MAX_KEPT_PICTURES) {
                painted.clear();
            }
            painted.put(key, picture);
        }
        return picture;
    }

    private static BufferedImage paint(Node node, int size, boolean mirrored) {
        BufferedImage picture = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (mirrored) {
            g.translate(size, 0);
            g.scale(-1, 1);
        }
        g.scale(size / node.width(), size / node.height());
        node.graphics().paint(g);
        g.dispose();
        return picture;
    }

    private record Node(GraphicsNode graphics, double width, double height) {
    }

    private static Node parse(String file) {
        String path = IllustrationLibrary.FOLDER + file + ".svg";
        try (InputStream in = SvgDrawings.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path (the build unpacks it)");
            }
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            SVGDocument document = factory.createSVGDocument("file:" + path, in);
            UserAgentAdapter agent = new UserAgentAdapter();
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            context.setDynamicState(BridgeContext.STATIC);
            GraphicsNode node = new GVTBuilder().build(context, document);
            Dimension2D size = context.getDocumentSize();
            return new Node(node, size.getWidth(), size.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
