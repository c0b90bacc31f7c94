package org.datarequest.tracker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.datarequest.tracker.ApiContract;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the JSON API and nothing else, exactly enough for a generated client. */
@QuarkusTest
class OpenApiDocumentTest {

    @TestHTTPResource("/")
    URL root;

    JsonNode document() throws Exception {
        String origin = root.getProtocol() + "://" + root.getAuthority();
        String text = ApiContract.document(origin);
        Files.writeString(Path.of("target/openapi.json"), text); // to read when a check fails
        return new ObjectMapper().readTree(text);
    }

    /**
     * The app serves the document shipped in src/main/resources/api/openapi.json; the SmallRye OpenAPI extension (a
     * test dependency) generates it from the code at /q/openapi-generated. When they differ, the code changed: copy
     * the generated one (written to target/) over the shipped one.
     */
    @Test
    void theShippedDocumentIsTheOneTheCodeGenerates() throws Exception {
        String origin = root.getProtocol() + "://" + root.getAuthority();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode generated = mapper.readTree(ApiContract.document(origin, "/q/openapi-generated?format=json"));
        JsonNode shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OpenApiDocument.RESOURCE)) {
            assertNotNull(in, OpenApiDocument.RESOURCE + " is shipped");
            shipped = mapper.readTree(in);
        }
        if (!generated.equals(shipped)) {
            Path fresh = Path.of("target/openapi-generated.json");
            Files.write(fresh, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(generated));
            fail("src/main/resources/" + OpenApiDocument.RESOURCE + " is not the document the code generates: "
                    + "copy " + fresh + " over it");
        }
        assertTrue(shipped.path("servers").isMissingNode(), "servers are added when the document is served");
    }

    @Test
    void servedAsYamlOrJsonWithThisTrackerAsItsServer() throws Exception {
        String yaml = given().get("/q/openapi").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        JsonNode fromYaml = new YAMLMapper().readTree(yaml);
        JsonNode json = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .contentType("application/json").extract().asString());
        assertEquals(json, fromYaml);
        assertEquals("http://localhost:8080", json.at("/servers/0/url").asText(), "servers from tracker.base-url");
        assertEquals(json, new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).contentType("application/json").extract().asString()));
        assertEquals(json, new ObjectMapper().readTree(given().get("/q/openapi.json")
                .then().statusCode(200).contentType("application/json").extract().asString()));
        for (String path : List.of("/q/openapi.yaml", "/q/openapi.yml", "/q/openapi?format=yaml")) {
            assertEquals(yaml, given().accept("application/json").get(path).then().statusCode(200)
                    .contentType("application/yaml").extract().asString(), path);
        }
    }

    @Test
    void listsOnlyApiPathsAndNoTemplateInternals() throws Exception {
        JsonNode doc = document();
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertFalse(paths.isEmpty());
        paths.forEach(path -> assertTrue(path.startsWith("/api/") || path.equals("/api"), path));
        String text = doc.toString();
        for (String internal : List.of("EngineImpl", "TraceManagerImpl", "TemplateInstance", "text/html")) {
            assertFalse(text.contains(internal), internal + " leaks into the document");
        }
    }

    @Test
    void everyOperationIsSecuredAndEveryStatusHasItsSchema() throws Exception {
        JsonNode doc = document();
        assertEquals("bearer", doc.at("/components/securitySchemes/apiToken/scheme").asText());
        assertEquals("basic", doc.at("/components/securitySchemes/basic/scheme").asText());
        assertTrue(doc.at("/servers/0/url").asText().startsWith("http"), "servers from configuration");
        assertNotNull(doc.at("/components/schemas/Problem/properties/status").textValue() == null ? "" : null);
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                String where = op.getKey() + " " + path.getKey();
                JsonNode security = op.getValue().get("security");
                assertNotNull(security, where + " declares its security");
                assertTrue(security.toString().contains("apiToken") && security.toString().contains("basic"), where);
                boolean success = false;
                for (Iterator<Map.Entry<String, JsonNode>> responses = op.getValue().get("responses").fields();
                     responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    String code = response.getKey();
                    if (code.startsWith("4") || code.startsWith("5")) {
                        assertEquals("#/components/schemas/Problem", response.getValue()
                                .at("/content/application~1problem+json/schema/$ref").asText(), where + " " + code);
                        assertEquals(1, response.getValue().get("content").size(), where + " " + code);
                    } else if (code.startsWith("2")) {
                        success = true;
                        JsonNode content = response.getValue().get("content");
                        assertNotNull(content, where + " " + code + " has a body schema");
                        content.fields().forEachRemaining(media -> assertFalse(
                                media.getValue().path("schema").isMissingNode(), where + " " + code + " " + media.getKey()));
                    }
                }
                assertTrue(success, where + " documents its success");
                assertTrue(op.getValue().get("responses").has("401"), where + " documents 401");
            }
        }
        assertTrue(operations >= 10, "operations: " + operations);
    }

    @Test
    void theContractFilterCatchesAnAnswerTheDocumentDoesNotDescribe() {
        given().get("/api/requests").then().statusCode(200);
        assertTrue(ApiContract.VALIDATED.get() > 0, "API answers of the suite go through the contract");
        var validator = ApiContract.validator(URI.create(root.toString()));
        var wrongBody = SimpleResponse.Builder.ok().withContentType("application/json")
                .withBody("[{\"slug\":42,\"archived\":\"maybe\"}]").build();
        assertTrue(validator.validateResponse("/api/requests", Request.Method.GET, wrongBody).hasErrors());
        var undocumentedStatus = SimpleResponse.Builder.status(418).withContentType("application/json")
                .withBody("{}").build();
        assertTrue(validator.validateResponse("/api/requests", Request.Method.GET, undocumentedStatus).hasErrors());
        var problemWithoutStatus = SimpleResponse.Builder.status(404).withContentType("application/problem+json")
                .withBody("{\"title\":\"Not Found\"}").build();
        assertTrue(validator.validateResponse("/api/requests/x", Request.Method.GET, problemWithoutStatus).hasErrors());
    }
}
