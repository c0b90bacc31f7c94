package org.datarequest.tracker.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Following one jurisdiction or one field: feeds that parse, hold only their part, and keep their ids. */
@QuarkusTest
class FollowFeedsTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    String slug;

    @BeforeEach
    void aRequestWithTwoChanges() {
        slug = requests.create(2, List.of("NY", "TX")).slug;
        accounts.ensure("feed-editor", Role.editor);
        set("NY", "f1", "REFUSED");
        set("TX", "f2", "PROVIDED");
    }

    void set(String code, String field, String status) {
        given().auth().preemptive().basic("feed-editor", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveDate", "2025-03-05", "sourceTitle", "Letter", "version", 0))
                .put("/api/requests/" + slug + "/cells/" + code + "/" + field).then().statusCode(200);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<String> texts(Document feed, String element) {
        NodeList nodes = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", element);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(nodes.item(i).getTextContent());
        }
        return found;
    }

    byte[] fetch(String path, String host) {
        return given().header("Host", host).get(path).then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asByteArray();
    }

    @Test
    void aJurisdictionFeedHoldsOnlyThatJurisdictionAndItsIdsDoNotDependOnTheHost() throws Exception {
        String path = "/requests/" + slug + "/jurisdictions/NY/changes.atom";
        Document feed = parse(fetch(path, "tracker.example.org"));
        List<String> summaries = texts(feed, "summary");
        assertEquals(1, summaries.size());
        assertTrue(summaries.get(0).contains("New York"), summaries.get(0));
        assertTrue(summaries.stream().noneMatch(text -> text.contains("Texas")));
        List<String> ids = texts(feed, "id");
        assertTrue(ids.get(1).startsWith("tag:localhost,"), ids.get(1));
        assertEquals(ids, texts(parse(fetch(path, "other-host.example")), "id"), "ids are the same whatever the host");
        Element self = (Element) feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
        assertEquals("http://localhost:8080" + path, self.getAttribute("href"));
    }

    @Test
    void aFieldFeedHoldsOnlyThatFieldInEveryJurisdiction() throws Exception {
        set("NY", "f2", "WILL_PROVIDE");
        Document feed = parse(fetch("/requests/" + slug + "/fields/f2/changes.atom", "localhost"));
        List<String> summaries = texts(feed, "summary");
        assertEquals(2, summaries.size());
        assertTrue(String.join("\n", summaries).contains("Texas") && String.join("\n", summaries).contains("New York"));
        assertTrue(summaries.stream().noneMatch(text -> text.contains("Field 1")), String.join("\n", summaries));
    }

    @Test
    void pagesAnnounceTheirFeedsAndUnknownPartsAre404() {
        given().get("/requests/" + slug + "/jurisdictions/NY").then().statusCode(200)
                .body(containsString("<link rel=\"alternate\" type=\"application/atom+xml\""))
                .body(containsString("href=\"/requests/" + slug + "/jurisdictions/NY/changes.atom\""));
        given().get("/requests/" + slug + "/changes?field=f2").then().statusCode(200)
                .body(containsString("href=\"/requests/" + slug + "/fields/f2/changes.atom\""));
        given().get("/requests/" + slug + "/jurisdictions/CA/changes.atom").then().statusCode(404);
        given().get("/requests/" + slug + "/fields/nope/changes.atom").then().statusCode(404);
    }
}
