package org.datarequest.tracker;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fetches a page the way a reader would and parses it, so tests assert on what is shown. */
public final class Html {

    private Html() {
    }

    public static Document get(String path) {
        return get(path, 200);
    }

    public static Document get(String path, int expectedStatus) {
        String body = given().redirects().follow(false).when().get(path)
                .then().statusCode(expectedStatus).extract().body().asString();
        return Jsoup.parse(body);
    }
}
