package org.datarequest.tracker.api;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.datarequest.tracker.TrackerConfig;

/**
 * The OpenAPI document of the JSON API, at {@code /q/openapi}: YAML, or JSON with {@code ?format=json}, an
 * {@code Accept} of {@code application/json}, or {@code /q/openapi.json} ({@code /q/openapi.yaml} and {@code .yml}
 * for YAML), as the SmallRye OpenAPI extension answers.
 * <p>
 * The document is generated from the code in the tests (the extension is a test dependency, completed by the tests'
 * {@code OpenApiContract}) and shipped as {@value #RESOURCE}; {@code OpenApiDocumentTest} fails while the two
 * differ. Building it at every start, as the extension does, cost about 1,000 classes and 8 MB of memory
 * (docs/performance.md). Here it is read at the first request, completed with {@code servers} from
 * {@code tracker.base-url}, and kept as JSON and YAML bytes.
 */
@Path("/q")
public class OpenApiDocument {

    static final String RESOURCE = "api/openapi.json";
    private static final String JSON = "application/json;charset=UTF-8";
    private static final String YAML = "application/yaml;charset=UTF-8";

    private final String server;
    private volatile Written written;

    private record Written(byte[] json, byte[] yaml) {
    }

    public OpenApiDocument(TrackerConfig config) {
        this.server = TrackerConfig.absoluteBase(config);
    }

    @GET
    @Path("openapi")
    public Response document(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean json = format != null && !format.isBlank()
                ? format.trim().toLowerCase(Locale.ROOT).equals("json")
                : accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
        return json ? json() : yaml();
    }

    @GET
    @Path("openapi.json")
    public Response json() {
        return Response.ok(written().json(), JSON).build();
    }

    @GET
    @Path("openapi.{suffix: ya?ml}")
    public Response yaml() {
        return Response.ok(written().yaml(), YAML).build();
    }

    private Written written() {
        Written current = written;
        if (current == null) {
            synchronized (this) {
                current = written;
                if (current == null) {
                    current = write();
                    written = current;
                }
            }
        }
        return current;
    }

    /** The shipped document with this tracker as its server, as JSON and as YAML. */
    private Written write() {
        JsonMapper mapper = JsonMapper.builder().build();
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            ObjectNode document = (ObjectNode) mapper.readTree(in);
            ArrayNode servers = document.putArray("servers");
            servers.addObject().put("url", server).put("description", "This tracker (tracker.base-url)");
            return new Written(mapper.writeValueAsBytes(document), new YAMLMapper().writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
