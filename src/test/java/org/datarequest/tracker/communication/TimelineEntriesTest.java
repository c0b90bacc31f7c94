package org.datarequest.tracker.communication;

import org.datarequest.tracker.web.WrittenHtml;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.web.Links;
import org.junit.jupiter.api.Test;

/** What a timeline entry says: date, kind, jurisdiction, title, quote with its speaker, source; all escaped. */
class TimelineEntriesTest {

    private static final Links LINKS = new Links("req", null);

    @Test
    void aStatementShowsItsQuoteSpeakerOfficeAndLinkedSource() {
        Communication statement = communication(Kind.values()[0], "Governor <declines>");
        statement.quote = "Not \"our\" data";
        statement.speaker = "A. Governor";
        statement.office = "Governor";
        statement.sourceUrl = "https://example.org/news";
        Jurisdiction ny = new Jurisdiction();
        ny.code = "NY";
        ny.name = "New York";
        statement.jurisdiction = ny;
        String html = WrittenHtml.withCharacters(TimelineEntries.entries(List.of(statement), LINKS).getValue());
        assertTrue(html.contains("<time datetime=\"2017-07-03\">3 July 2017</time>"), html);
        assertTrue(html.contains("<a href=\"/requests/req/jurisdictions/NY\">New York</a></p>"), html);
        assertTrue(html.contains("<a href=\"/requests/req/communications/41\">Governor &lt;declines&gt;</a>"), html);
        assertTrue(html.contains("<blockquote>“Not &quot;our&quot; data”</blockquote>"), html);
        assertTrue(html.contains("<figcaption>— A. Governor, Governor</figcaption>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/news\" rel=\"noopener noreferrer\">"
                + "https://example.org/news</a>"), "the address stands in for a missing title: " + html);
        assertFalse(html.contains("<declines>"), html);
    }

    @Test
    void anEntryWithoutQuoteOrSourceSaysNeitherAndASourceThatIsNoLinkIsText() {
        Communication letter = communication(Kind.values()[0], "Letter");
        String html = WrittenHtml.withCharacters(TimelineEntries.entries(List.of(letter), LINKS).getValue());
        assertFalse(html.contains("<figure>"), html);
        assertFalse(html.contains("Source:"), html);
        letter.sourceTitle = "Filed copy";
        letter.sourceUrl = "javascript:alert(1)";
        html = WrittenHtml.withCharacters(TimelineEntries.entries(List.of(letter), LINKS).getValue());
        assertTrue(html.contains("Source:\n      Filed copy</p>"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    private static Communication communication(Kind kind, String title) {
        Communication communication = new Communication();
        communication.id = 41L;
        communication.kind = kind;
        communication.title = title;
        communication.date(LocalDate.of(2017, 7, 3), DatePrecision.DAY);
        return communication;
    }
}
