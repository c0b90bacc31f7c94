package org.datarequest.tracker;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API contract, enforced on the whole test suite: every answer any test gets from a path under {@code /api}
 * (through REST Assured) is validated against the application's own {@code /q/openapi} document — status,
 * content type and body schema. A status or field the document does not describe fails that test, so the
 * document cannot drift from the code. Installed for every {@code @QuarkusTest} by a Quarkus test callback
 * (registered in {@code META-INF/services}), so a new API test class is covered without doing anything.
 * Requests are not validated: tests send invalid requests on purpose to see the problem details.
 */
public final class ApiContract implements OrderedFilter, QuarkusTestBeforeEachCallback {

    /** How many API answers were validated in this JVM (the contract test checks it moves). */
    public static final AtomicLong VALIDATED = new AtomicLong();

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final ApiContract FILTER = new ApiContract();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    /** Adds the contract filter to REST Assured's global filters, once. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(ApiContract.class::isInstance)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return response;
        }
        ValidationReport report = validator(uri).validateResponse(path,
                Request.Method.valueOf(request.getMethod().toUpperCase(Locale.ROOT)), RestAssuredResponse.of(response));
        VALIDATED.incrementAndGet();
        if (report.hasErrors()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + path + " (" + response.statusCode()
                    + ") breaks the OpenAPI document:\n" + report.getMessages().stream().limit(10).toList()
                    + "\nbody: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    /** The validator for the application at this address (test profiles restart it on other ports). */
    public static OpenApiInteractionValidator validator(URI any) {
        String origin = any.getScheme() + "://" + any.getRawAuthority();
        return VALIDATORS.computeIfAbsent(origin, ApiContract::load);
    }

    private static OpenApiInteractionValidator load(String origin) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document(origin))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The document as served; read with the first admin's Basic credentials when the tracker is private. */
    public static String document(String origin) {
        return document(origin, "/q/openapi?format=json");
    }

    /** What {@code path} answers (the served document, or the one generated from the code), as {@link #document}. */
    public static String document(String origin, String path) {
        // HTTP/1.1 as REST Assured speaks it: the JDK client's default upgrade to HTTP/2 failed here once, in a
        // run of this class, with a frame error (not seen again in 600 upgraded requests to the packaged app)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(origin + path));
            HttpResponse<String> answer = client.send(get.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                String basic = Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
                answer = client.send(get.header("Authorization", "Basic " + basic).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("cannot read the OpenAPI document: " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
