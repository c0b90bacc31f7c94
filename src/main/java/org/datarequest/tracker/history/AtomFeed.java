package org.datarequest.tracker.history;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.web.Links;

/**
 * A request's changes as an Atom 1.0 feed (RFC 4287), newest first. Written with the JDK's XML writer so
 * every text is escaped by it. Entry ids are tag URIs (RFC 4151) made from the host and the change id, so a
 * change keeps its id for as long as it exists.
 */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter TAG_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private AtomFeed() {
    }

    /**
     * @param base  the absolute address of the application, ending in "/"
     * @param names jurisdiction names by code
     */
    public static byte[] write(DataRequest request, List<CellChange> changes, URI base, Map<String, String> names) {
        Links links = new Links(request.slug, null);
        String root = base.toString().replaceAll("/+$", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "title", "Changes: " + request.title);
            text(xml, "id", root + links.changes());
            link(xml, "self", root + links.changes() + ".atom", "application/atom+xml");
            link(xml, "alternate", root + links.changes(), "text/html");
            Instant updated = changes.isEmpty() ? request.createdAt : changes.get(0).recordedAt;
            text(xml, "updated", updated.toString());
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", "Compliance tracker");
            xml.writeEndElement();
            for (CellChange change : changes) {
                entry(xml, change, root, links, base.getHost(), names);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, CellChange change, String root, Links links, String host,
                              Map<String, String> names) throws XMLStreamException {
        String name = names.getOrDefault(change.jurisdictionCode, change.jurisdictionCode);
        xml.writeStartElement(ATOM, "entry");
        text(xml, "title", name + ", " + change.field.label + ": " + change.oldStatus.label + " \u2192 "
                + change.newStatus.label);
        text(xml, "id", "tag:" + (host == null ? "localhost" : host) + "," + TAG_DAY.format(change.recordedAt)
                + ":" + links.changes() + "/" + change.id);
        text(xml, "updated", change.recordedAt.toString());
        text(xml, "published", change.recordedAt.toString());
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", change.recordedBy);
        xml.writeEndElement();
        link(xml, "alternate", root + links.cell(change.jurisdictionCode, change.field.key), "text/html");
        if (change.sourceUrl != null && (change.sourceUrl.startsWith("https://") || change.sourceUrl.startsWith("http://"))) {
            link(xml, "related", change.sourceUrl, null);
        }
        xml.writeStartElement(ATOM, "summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlChars(summary(change)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String summary(CellChange change) {
        StringBuilder text = new StringBuilder("Effective " + change.effectiveDate + ". ");
        text.append(change.oldStatus.label).append(" \u2192 ").append(change.newStatus.label).append('.');
        if (change.note != null) {
            text.append(" Note: ").append(change.note);
        }
        if (change.sourceTitle != null || change.sourceUrl != null) {
            text.append(" Source: ").append(change.sourceTitle != null ? change.sourceTitle : change.sourceUrl);
        }
        return text.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(xmlChars(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlChars(href)); // a stored address with a control character must not break the XML
        if (type != null) {
            xml.writeAttribute("type", type);
        }
    }

    /** Drops what XML 1.0 cannot carry at all (control characters other than tab and line ends): escaping is not enough. */
    static String xmlChars(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
