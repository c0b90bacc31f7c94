package org.datarequest.tracker.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.WrittenHtml;
import org.junit.jupiter.api.Test;

/** What the change table says of a change set: shared notes and sources once, "as above", escaping. */
class ChangeTableTest {

    private static final Links LINKS = new Links("req", null);

    @Test
    void aNoteSharedByTheWholeSetIsSaidOnceInItsHeading() {
        String html = ChangeTable.table(List.of(
                change(7, "NY", "name", "Name", refused("Statute 17-a", "https://example.org/letter")),
                change(7, "NY", "ssn", "SSN", refused("Statute 17-a", "https://example.org/other"))),
                LINKS, "NY", null).getValue();
        assertTrue(html.contains("Change set #7</a>: entered"), html);
        assertTrue(html.contains(", 2 changes. Note for all: Statute 17-a"), html);
        assertEquals(1, count(html, "Statute 17-a"), "said in the heading, not in each row");
        assertTrue(html.contains("<a href=\"https://example.org/other\" rel=\"noopener noreferrer\">"), html);
        assertTrue(html.contains("colspan=\"6\""), "no jurisdiction column for one jurisdiction's table");
        assertTrue(WrittenHtml.withCharacters(html).contains("\u2192"), "a status change shows before and after");
    }

    @Test
    void aNoteRepeatedFromTheRowAboveSaysAsAbove() {
        String html = ChangeTable.table(List.of(
                change(9, "NY", "name", "Name", refused("the same note", null)),
                change(9, "NY", "ssn", "SSN", refused("the same note", null)),
                change(9, "NY", "dob", "Birth date", refused("another note", null))),
                LINKS, "NY", null).getValue();
        assertFalse(html.contains("Note for all"), html);
        assertEquals(1, count(html, "the same note"), html);
        // the second row's note; the empty sources say nothing rather than "as above"
        assertEquals(1, count(html, "<td><span class=\"as-above\">as above</span></td>"), html);
        assertEquals(1, count(html, "another note"), html);
    }

    @Test
    void aTableOverSeveralJurisdictionsNamesThemAndEscapesWhatPeopleTyped() {
        CellChange first = change(8, "TX", "name", "Name <b>", refused("a \"quoted\" note", null));
        first.value = new CellValue(Status.REFUSED, LocalDate.of(2017, 7, 1), "a \"quoted\" note", null, null, null,
                "<script>title</script>");
        String html = ChangeTable.table(List.of(first), LINKS, "", Map.of("TX", "Texas")).getValue();
        assertTrue(html.contains("colspan=\"7\""), html);
        assertTrue(html.contains(">Texas</a>"), html);
        assertTrue(html.contains("Name &lt;b&gt;"), html);
        assertTrue(html.contains("a &quot;quoted&quot; note"), html);
        assertTrue(html.contains("&lt;script&gt;title&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("as above"), "a set of one change repeats nothing");
    }

    private static CellValue refused(String note, String url) {
        return new CellValue(Status.REFUSED, LocalDate.of(2017, 7, 1), note, null, null, url, null);
    }

    private static CellChange change(long set, String code, String key, String label, CellValue value) {
        RequestedField field = new RequestedField();
        field.key = key;
        field.label = label;
        CellChange change = new CellChange();
        change.changeSetId = set;
        change.jurisdictionCode = code;
        change.field = field;
        change.value = value;
        change.recordedAt = Instant.parse("2017-07-02T10:00:00Z");
        change.recordedBy = "desk";
        return change;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
