package org.datarequest.tracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.RawString;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What {@link Html} writes: escaped values, and nothing beyond ASCII, which a browser still reads as written. */
class HtmlTest {

    @Test
    void valuesAreEscapedAndCharactersBeyondAsciiBecomeReferences() {
        String written = new Html(100).tag("<p title=\"").text("Rock & \"roll\" – ‘quoted’").tag("\">")
                .text("<b>Texas</b> ▸ São Paulo ⏰ 𝄞").tag(" &#183; &#9656;</p>").toString();

        assertEquals("<p title=\"Rock &amp; &quot;roll&quot; &#8211; &#8216;quoted&#8217;\">"
                + "&lt;b&gt;Texas&lt;/b&gt; &#9656; S&#227;o Paulo &#9200; &#119070; &#183; &#9656;</p>", written);
        assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(written));
        var paragraph = Jsoup.parse(written).selectFirst("p");
        assertEquals("<b>Texas</b> ▸ São Paulo ⏰ 𝄞 · ▸", paragraph.text());
        assertEquals("Rock & \"roll\" – ‘quoted’", paragraph.attr("title"));
    }

    @Test
    void fixedMarkupBeyondAsciiIsAMistakeTheTestsCatch() {
        assertThrows(AssertionError.class, () -> new Html(10).tag("<span>\u2013</span>"));
    }

    @Test
    void markupMadeElsewhereIsKeptButMadeAscii() {
        String written = new Html(10).markup(new RawString("<span class=\"badge\">✕ Refused</span>")).toString();

        assertEquals("<span class=\"badge\">&#10005; Refused</span>", written);
    }

    @Test
    void aSourceIsALinkOnlyForAWebAddress() {
        assertEquals("<a href=\"https://example.org/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">Letter &lt;1&gt;</a>",
                new Html(10).source("https://example.org/a?x=1&y=2", "Letter <1>").toString());
        assertEquals("<a href=\"http://example.org/\" rel=\"noopener noreferrer\">http://example.org/</a>",
                new Html(10).source("http://example.org/", null).toString(), "no title: the address is the words");
        assertEquals("Phone call", new Html(10).source("javascript:alert(1)", "Phone call").toString());
        assertEquals("", new Html(10).source(null, null).toString());
    }

    @Test
    void aMomentCarriesItsInstantForMachines() {
        assertEquals("<time datetime=\"2017-07-01T14:03:00.000Z\">1 Jul 2017, 14:03 UTC</time>",
                new Html(10).moment(java.time.Instant.parse("2017-07-01T14:03:00Z")).toString());
    }

    @Test
    void anOptionIsSelectedOnlyWhenChosen() {
        assertEquals("<option value=\"a&amp;b\" selected>A – B</option>".replace("–", "&#8211;"),
                new Html(10).option("a&b", "A – B", true).toString());
        assertEquals("<option value=\"x\">X</option>", new Html(10).option("x", "X", false).toString());
    }
}
