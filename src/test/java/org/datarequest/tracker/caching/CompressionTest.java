package org.datarequest.tracker.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages, CSV exports, JSON and the feed are gzip-compressed for a client that accepts it, and only then. */
@QuarkusTest
class CompressionTest {

    private static final String BASE = "/requests/pacei-2017";

    @Test
    void everyKindOfResponseIsCompressedWhenAsked() {
        for (String path : List.of(BASE + "/matrix", BASE + "/export/long.csv", BASE + "/export/changes.csv",
                BASE + "/export/wide.csv", BASE + "/changes.atom", "/api/requests/pacei-2017/cells")) {
            for (int time = 0; time < 2; time++) { // the second answer may come from the render cache
                given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                        .header("Content-Encoding", equalTo("gzip"));
            }
        }
    }

    @Test
    void nothingIsCompressedForAClientThatDoesNotAskForIt() {
        RestAssuredConfig plain = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        for (String path : List.of(BASE + "/export/long.csv", BASE + "/matrix", BASE + "/matrix",
                "/api/requests/pacei-2017/cells", "/api/requests/pacei-2017/cells")) {
            given().config(plain).get(path).then().statusCode(200).header("Content-Encoding", nullValue());
        }
    }
}
