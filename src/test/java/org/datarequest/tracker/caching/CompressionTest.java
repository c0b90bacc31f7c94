package org.datarequest.tracker.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.nullValue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages, CSV exports, JSON and the feed are compressed (Brotli or gzip) for a client that accepts it, and only then. */
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
    void aClientThatAcceptsBrotliGetsBrotliThatDecodesToThePage() throws Exception {
        Brotli4jLoader.ensureAvailability();
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        // pages and streamed CSV; the API's JSON goes through the same compressor, but the OpenAPI contract check
        // every test request passes through reads bodies that only gzip decodes
        for (String path : List.of(BASE + "/matrix", BASE + "/export/long.csv", BASE + "/changes.atom")) {
            String plain = given().config(raw).get(path).then().statusCode(200).extract().asString();
            for (int time = 0; time < 2; time++) { // the second answer may come from the render cache
                byte[] compressed = given().config(raw).header("Accept-Encoding", "gzip, deflate, br")
                        .get(path).then().statusCode(200).header("Content-Encoding", equalTo("br"))
                        .extract().asByteArray();
                byte[] decoded = Decoder.decompress(compressed).getDecompressedData();
                assertEquals(withoutTokens(plain), withoutTokens(new String(decoded, StandardCharsets.UTF_8)), path);
            }
        }
    }

    /** Each answer carries a fresh CSRF token in its forms; the rest must be the same. */
    private static String withoutTokens(String page) {
        return page.replaceAll("value=\"[A-Za-z0-9_-]{20,}\"", "value=\"token\"");
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
