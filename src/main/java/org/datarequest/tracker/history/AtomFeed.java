package org.datarequest.tracker.history;

import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.ChangeHistory;
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
import org.datarequest.tracker.Timestamps;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.web.Links;

/**
 * A request's changes as an Atom 1.0 feed (RFC 4287): one entry per change set (one save), newest recorded
 * first, listing its cells from → to with their effective dates. Written with the JDK's XML writer so every
 * text is escaped by it. Entry ids are tag URIs (RFC 4151) made from the host and the change set id, so an
 * entry keeps its id for as long as it exists.
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
    public static byte[] write(DataRequest request, List<ChangeHistory.ChangeSetEntry> sets, URI base,
                               Map<String, String> names, String selfQuery) {
        Links links = new Links(request.slug, null);
        return write(request, sets, base, names, new Scope("Changes: " + request.title, links.changes(),
                links.changes() + ".atom" + selfQuery, links.changes(), ""));
    }

    /**
     * What one feed follows: its title, its id (a path), its own address, the page it belongs to, and what is
     * added to each entry's id ("" for the whole request), so that an entry is the same entry whichever host
     * served it, and different in feeds that show different parts of a change set.
     */
    public record Scope(String title, String idPath, String selfPath, String alternatePath, String entrySuffix) {
    }

    public static byte[] write(DataRequest request, List<ChangeHistory.ChangeSetEntry> sets, URI base,
                               Map<String, String> names, Scope scope) {
        Links links = new Links(request.slug, null);
        String root = base.toString().replaceAll("/+$", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "title", scope.title());
            text(xml, "id", root + scope.idPath());
            link(xml, "self", root + scope.selfPath(), "application/atom+xml");
            link(xml, "alternate", root + scope.alternatePath(), "text/html");
            Instant updated = sets.isEmpty() ? request.createdAt : sets.get(0).set().recordedAt;
            text(xml, "updated", Timestamps.format(updated));
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", "Compliance tracker");
            xml.writeEndElement();
            for (ChangeHistory.ChangeSetEntry set : sets) {
                entry(xml, set, root, links, base.getHost(), names, scope.entrySuffix());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, ChangeHistory.ChangeSetEntry entry, String root, Links links,
                              String host, Map<String, String> names, String entrySuffix) throws XMLStreamException {
        var set = entry.set();
        xml.writeStartElement(ATOM, "entry");
        text(xml, "title", set.summary + " (" + entry.changes().size() + (entry.changes().size() == 1 ? " change)" : " changes)"));
        text(xml, "id", "tag:" + (host == null ? "localhost" : host) + "," + TAG_DAY.format(set.recordedAt)
                + ":" + links.changeSet(set.id) + entrySuffix);
        text(xml, "updated", Timestamps.format(set.recordedAt));
        text(xml, "published", Timestamps.format(set.recordedAt));
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", set.recordedBy);
        xml.writeEndElement();
        link(xml, "alternate", root + links.changeSet(set.id), "text/html");
        if (set.sourceUrl != null && (set.sourceUrl.startsWith("https://") || set.sourceUrl.startsWith("http://"))) {
            link(xml, "related", set.sourceUrl, null);
        }
        entry.changes().stream().map(CellChange::effectiveDate).distinct().sorted().forEach(day -> {
            try {
                xml.writeEmptyElement(ATOM, "category");
                xml.writeAttribute("scheme", root + "/effective-date");
                xml.writeAttribute("term", day.toString());
                xml.writeAttribute("label", "Effective " + day);
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        xml.writeStartElement(ATOM, "summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlChars(summary(entry, names)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String summary(ChangeHistory.ChangeSetEntry entry, Map<String, String> names) {
        var set = entry.set();
        StringBuilder text = new StringBuilder("Recorded " + Timestamps.format(set.recordedAt) + " by " + set.recordedBy + " through the "
                + set.method.label + ".");
        if (entry.backdatedCount() > 0) {
            text.append(" ").append(entry.backdatedCount()).append(" backdated (they took effect before changes"
                    + " already recorded).");
        }
        if (set.sourceTitle != null || set.sourceUrl != null) {
            text.append(" Source: ").append(set.sourceTitle != null ? set.sourceTitle : set.sourceUrl).append('.');
        }
        for (CellChange change : entry.changes()) {
            text.append("\n").append(names.getOrDefault(change.jurisdictionCode, change.jurisdictionCode)).append(", ")
                    .append(change.field.label).append(": ").append(change.from().status().label).append(" \u2192 ")
                    .append(change.value.status().label);
            if (change.keepsStatus()) {
                text.append(" (").append(change.altersText()).append(" changed)");
            }
            text.append(", effective ").append(change.effectiveDate());
            if (change.backdated) {
                text.append(", backdated");
            }
            if (change.value.note() != null) {
                text.append(". Note: ").append(change.value.note());
            }
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
