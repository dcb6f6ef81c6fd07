package studio.loqui.media.tts;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.util.Locale;

/**
 * An SSML document that speaks a text at a relative rate. MaryTTS's HMM voices ignore the
 * {@code Rate} audio effect but honour a relative SSML {@code prosody rate} ("+25%"); built with
 * the DOM, so the text needs no escaping.
 */
final class SsmlProsody {

    private static final String SSML = "http://www.w3.org/2001/10/synthesis";

    private SsmlProsody() {
    }

    static Document atSpeed(String text, String language, double speed) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element speak = doc.createElementNS(SSML, "speak");
            speak.setAttribute("version", "1.0");
            speak.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", language);
            Element prosody = doc.createElementNS(SSML, "prosody");
            prosody.setAttribute("rate", String.format(Locale.ROOT, "%+.0f%%", (speed - 1) * 100));
            prosody.setTextContent(text);
            speak.appendChild(prosody);
            doc.appendChild(speak);
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }
}
