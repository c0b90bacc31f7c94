package org.datarequest.tracker.tracking;

import org.datarequest.tracker.web.WrittenHtml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Sensitivity;
import org.datarequest.tracker.web.Links;
import org.junit.jupiter.api.Test;

/** How the state page's field groups read: what a group shares said once, else each field with its own facts. */
class FieldGroupsTest {

    private static final Links LINKS = new Links("req", null);
    private static final LocalDate DAY = LocalDate.of(2017, 7, 3);

    @Test
    void aGroupWhoseCellsAgreeSaysTheirFactsOnceAboveTheFieldNames() {
        String html = WrittenHtml.withCharacters(FieldGroups.of(List.of(
                row("name", "Name", cell(Status.REFUSED, DAY, "Will not share", "https://example.org/letter")),
                row("ssn", "SSN", cell(Status.REFUSED, DAY, "Will not share", "https://example.org/letter"))),
                null, DAY).html(LINKS, "NY").getValue());
        assertEquals(1, count(html, "<section class=\"field-group\""), html);
        assertEquals(1, count(html, "Will not share"), "said once for the group: " + html);
        assertTrue(html.contains("<ul class=\"field-names\">"), html);
        assertTrue(html.contains("2 fields</h3>"), html);
        assertTrue(html.contains("Since <time datetime=\"2017-07-03\">3 July 2017</time> · Will not share · Source: "
                + "<a href=\"https://example.org/letter\" rel=\"noopener noreferrer\">https://example.org/letter</a>"),
                html);
        assertTrue(html.contains("<a href=\"/requests/req/cells/NY/ssn\">SSN</a> <span class=\"sensitivity\">"
                + "Protected</span>"), html);
    }

    @Test
    void cellsThatDifferAreEachListedWithTheirOwnFactsAndWhatPeopleTypedIsEscaped() {
        String html = WrittenHtml.withCharacters(FieldGroups.of(List.of(
                row("name", "Name <b>", cell(Status.CONDITIONAL, DAY, "only \"public\" parts", null)),
                row("ssn", "SSN", cell(Status.CONDITIONAL, null, "", "a letter, not a link"))),
                null, DAY).html(LINKS, "NY").getValue());
        assertTrue(html.contains("<ul class=\"field-list\">"), html);
        assertEquals(2, count(html, "<p class=\"cell-facts\">"), html);
        assertTrue(html.contains("Name &lt;b&gt;"), html);
        assertTrue(html.contains(" · only &quot;public&quot; parts</p>"), "no source, nothing said of one: " + html);
        assertTrue(html.contains("No date · Source: a letter, not a link"), "an empty note is left out: " + html);
        assertFalse(html.contains("<b>"), html);
    }

    @Test
    void groupsFollowTheOrderOfWhatIsKeptBackFirst() {
        String html = WrittenHtml.withCharacters(FieldGroups.of(List.of(
                row("name", "Name", cell(Status.PROVIDED, DAY, null, null)),
                row("ssn", "SSN", cell(Status.REFUSED, DAY, null, null))),
                null, DAY).html(LINKS, "NY").getValue());
        assertTrue(html.indexOf("group-REFUSED") < html.indexOf("group-PROVIDED"), html);
        assertTrue(html.contains("1 field</h3>"), html);
    }

    private static JurisdictionPage.FieldRow row(String key, String label, CellState cell) {
        RequestedField field = new RequestedField();
        field.key = key;
        field.label = label;
        field.sensitivity = Sensitivity.PROTECTED;
        return new JurisdictionPage.FieldRow(field, cell);
    }

    private static CellState cell(Status status, LocalDate since, String note, String source) {
        boolean link = source != null && source.startsWith("https://");
        return new CellState(1, "NY", 1, status, since, note, null, null, link ? source : null, link ? null : source,
                null, null, 1, null, null);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
