package org.datarequest.tracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The short cuts pages take for days and addresses write exactly what the JDK's formatter and encoder write. */
class FastFormatsTest {

    @Test
    void aDayReadsAsTheFormatterWritesIt() {
        for (LocalDate day = LocalDate.of(1999, 12, 1); day.isBefore(LocalDate.of(2032, 1, 1)); day = day.plusDays(1)) {
            assertEquals(TemplateExtensions.formatted(day), TemplateExtensions.display(day), day.toString());
        }
        for (LocalDate day : List.of(LocalDate.of(1, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-44, 3, 15))) {
            assertEquals(TemplateExtensions.formatted(day), TemplateExtensions.display(day), day.toString());
        }
        assertEquals("28 June 2017", TemplateExtensions.display(LocalDate.of(2017, 6, 28)));
        assertEquals("", TemplateExtensions.display((LocalDate) null));
    }

    @Test
    void anAddressPartIsEncodedAsTheEncoderEncodesIt() {
        for (String value : List.of("pacei-2017", "ssn_last4", "a.b", "", "two words", "ä", "a/b", "a+b", "100%",
                "a*b", "a~b", "?x=1&y=2", "\u00e9t\u00e9", "tab\tand\nline", "\ud83d\uddf3")) {
            assertEquals(URLEncoder.encode(value, StandardCharsets.UTF_8), TemplateExtensions.urlEncode(value), value);
        }
        assertEquals("/requests/two+words/cells/NY/a%2Fb", new Links("two words", null).cellPath("NY", "a/b"));
    }
}
