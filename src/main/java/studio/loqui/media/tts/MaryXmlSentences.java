package studio.loqui.media.tts;

import marytts.datatypes.MaryXML;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/** Splits a MaryXML document into the chunks MaryTTS synthesises one at a time: sentences. */
final class MaryXmlSentences {

    private MaryXmlSentences() {
    }

    /** Each sentence's {@code t} and {@code boundary} elements, in document order; sentences without phones are left out. */
    static List<List<Element>> tokensAndBoundaries(Document doc) {
        List<List<Element>> sentences = new ArrayList<>();
        NodeList all = doc.getElementsByTagName(MaryXML.SENTENCE);
        for (int i = 0; i < all.getLength(); i++) {
            Element sentence = (Element) all.item(i);
            List<Element> chunk = new ArrayList<>();
            collect(sentence, chunk);
            if (!descendants(sentence, MaryXML.PHONE).isEmpty()) {
                sentences.add(chunk);
            }
        }
        return sentences;
    }

    static List<Element> descendants(Element root, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList found = root.getElementsByTagName(tag);
        for (int i = 0; i < found.getLength(); i++) {
            out.add((Element) found.item(i));
        }
        return out;
    }

    /** Tokens are not nested in one another, so a token's subtree is not searched for more. */
    private static void collect(Node node, List<Element> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && (e.getTagName().equals(MaryXML.TOKEN) || e.getTagName().equals(MaryXML.BOUNDARY))) {
                out.add(e);
            } else {
                collect(child, out);
            }
        }
    }
}
