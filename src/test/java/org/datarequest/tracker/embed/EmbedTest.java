package org.datarequest.tracker.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The map and matrix for an article's iframe, framable only by the configured origins, and the SVG file. */
@QuarkusTest
class EmbedTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    String slug;

    @BeforeEach
    void aRequestWithARefusal() {
        slug = requests.create(2, List.of("NY", "TX", "PR")).slug;
        accounts.ensure("embed-editor", Role.editor);
        for (String field : List.of("f1", "f2")) {
            given().auth().preemptive().basic("embed-editor", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("status", "REFUSED", "effectiveDate", "2025-03-05", "sourceTitle", "Letter", "version", 0))
                    .put("/api/requests/" + slug + "/cells/NY/" + field).then().statusCode(200);
        }
    }

    @Test
    void embedsMayBeFramedByTheConfiguredOriginsOnlyAndEverythingElseNever() {
        for (String embed : List.of("/embed/requests/" + slug + "/map", "/embed/requests/" + slug + "/matrix")) {
            given().get(embed).then().statusCode(200)
                    .header("X-Frame-Options", nullValue())
                    .header("Content-Security-Policy", containsString("frame-ancestors https://news.example.org"))
                    .header("Content-Security-Policy", not(containsString("'none'")));
        }
        for (String page : List.of("/requests/" + slug, "/requests/" + slug + "/matrix", "/embed/requests/nope/map")) {
            Response response = given().get(page);
            if (!page.startsWith("/embed/")) {
                response.then().header("X-Frame-Options", equalTo("DENY"))
                        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
            } else {
                response.then().statusCode(404);
            }
        }
    }

    @Test
    void theEmbeddedMatrixHasNoChromeAndHonoursFiltersAndAsOf() {
        Document now = Jsoup.parse(given().get("/embed/requests/" + slug + "/matrix?stance=REFUSED").asString());
        assertTrue(now.select("header, nav, footer, form").isEmpty(), "chrome-less");
        assertEquals(List.of("New York"), now.select("tbody th").eachText());
        assertTrue(now.select("tbody td a").attr("target").equals("_top"));
        assertEquals(2, now.select("tbody td.s-REFUSED").size());
        Document before = Jsoup.parse(given().get("/embed/requests/" + slug + "/matrix?asOf=2025-03-04").asString());
        assertEquals(3, before.select("tbody tr").size());
        assertEquals(0, before.select("tbody td.s-REFUSED").size());
        given().get("/embed/requests/" + slug + "/map?asOf=2025-13-01").then().statusCode(400);
    }

    @Test
    void theEmbeddedMapLinksEachJurisdictionOutOfTheFrame() {
        Document map = Jsoup.parse(given().get("/embed/requests/" + slug + "/map").asString());
        assertTrue(map.select("header, nav, footer").isEmpty());
        assertEquals(3, map.select("svg a[target=_top]").size());
        assertTrue(map.select("svg a[aria-label=New York: Refused]").size() == 1, map.select("svg a").toString());
    }

    @Test
    void theMapAsSvgIsAStandaloneFileWithATitleALegendAndTextLabels() throws Exception {
        byte[] svg = given().get("/requests/" + slug + "/map.svg?asOf=2025-03-05").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        String title = doc.getElementsByTagNameNS("*", "title").item(0).getTextContent();
        assertTrue(title.contains("as of 2025-03-05"), title);
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.containsAll(List.of("NY", "TX", "PR", "Refused (1)", "Pending (2)")), texts.toString());
        assertTrue(new String(svg).contains("fill=\"" + org.datarequest.tracker.cell.Stance.REFUSED.colour + "\""), "colours are on the shapes");
        assertTrue(!new String(svg).contains("<link") && !new String(svg).contains("<style"), "standalone");
    }

    @Test
    void theDashboardOffersTheEmbedCode() {
        Document dashboard = Jsoup.parse(given().get("/requests/" + slug).asString());
        String code = dashboard.select("#embed-map-code").text();
        assertTrue(code.startsWith("<iframe src=\"http://localhost:8080/embed/requests/" + slug + "/map\""), code);
        assertTrue(dashboard.select(".embed-snippet a[download]").attr("href").endsWith("/requests/" + slug + "/map.svg"));
    }
}
