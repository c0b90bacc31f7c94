package org.datarequest.tracker.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.datarequest.tracker.request.DataVersions;
import org.datarequest.tracker.web.Utf8Page;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional requests and the render cache for every read page and export. Each carries an ETag made of the
 * data version of what it shows (one statement to read), the day (pages count days to deadlines), this start of
 * the application (templates may have changed) and a digest of who reads it (name, roles, CSRF cookie), so a
 * browser never revalidates someone else's page. A matching {@code If-None-Match} is answered 304 before
 * anything is rendered. Pages that are the same for every reader with the same roles are served from the
 * {@link RenderCache} while their version holds; only the account menu is rendered per reader. JSON reads of the
 * API, which hold nothing of the reader's own, are kept whole.
 */
public class ConditionalPages {

    private static final String ETAG = ConditionalPages.class.getName() + ".etag";
    private static final String CACHE_KEY = ConditionalPages.class.getName() + ".key";
    private static final String KEPT = ConditionalPages.class.getName() + ".kept";
    private static final String API_KEY = ConditionalPages.class.getName() + ".api";
    private static final String API_KEPT = ConditionalPages.class.getName() + ".api-kept";
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final int LONGEST_CACHED_QUERY = 512;

    private final DataVersions versions;
    private final RenderCache cache;
    private final SharedRendering sharedRendering;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final Template accountNav;
    private final ObjectMapper json;
    private final String csrfCookie;
    private final String csrfField;
    /** Which package renders the pages: the same on every instance started from it (see tracker-build.properties). */
    private final String build = BuildId.current();

    public ConditionalPages(DataVersions versions, RenderCache cache, SharedRendering sharedRendering,
                            SecurityIdentity identity, Clock clock, @Location("tags/accountNav.html") Template accountNav,
                            ObjectMapper json,
                            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrfCookie,
                            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String csrfField) {
        this.versions = versions;
        this.cache = cache;
        this.sharedRendering = sharedRendering;
        this.identity = identity;
        this.clock = clock;
        this.accountNav = accountNav;
        this.json = json;
        this.csrfCookie = csrfCookie;
        this.csrfField = csrfField;
    }

    @ServerRequestFilter(priority = Priorities.USER + 500)
    public Optional<Response> beforeRead(ContainerRequestContext request, UriInfo uri) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        Optional<ReadPage> page = ReadPage.of(uri.getPath());
        if (page.isEmpty()) {
            return Optional.empty();
        }
        String version = page.get().overAllRequests() ? versions.ofAll()
                : versions.of(page.get().slug()).map(String::valueOf).orElse(null);
        if (version == null) {
            return Optional.empty(); // no such request: the page itself answers 404
        }
        String day = LocalDate.now(clock).toString();
        boolean htmx = request.getHeaderString("HX-Request") != null;
        String etag = "W/\"" + version + "-" + day + "-" + build + "-" + reader(request, htmx) + "\"";
        request.setProperty(ETAG, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Optional.of(Response.notModified().header(HttpHeaders.ETAG, etag).build());
        }
        String query = uri.getRequestUri().getRawQuery();
        if (page.get().api() && cache.enabled() && (query == null || query.length() <= LONGEST_CACHED_QUERY)) {
            String key = uri.getPath() + "?" + (query == null ? "" : query) + "|" + version + "|" + day;
            Optional<RenderCache.Kept> kept = cache.get(key);
            if (kept.isPresent() && !acceptsGzip(request)) {
                return Optional.of(Response.ok(kept.get().whole(), MediaType.APPLICATION_JSON_TYPE).build());
            }
            if (kept.isPresent()) {
                request.setProperty(API_KEPT, kept.get()); // see below: gzip is left to the HTTP layer
            } else {
                request.setProperty(API_KEY, key);
            }
        }
        if (page.get().shareable() && cache.enabled() && (query == null || query.length() <= LONGEST_CACHED_QUERY)) {
            String key = uri.getPath() + "?" + (query == null ? "" : query) + "|" + version + "|" + day + "|"
                    + new TreeSet<>(identity.getRoles()) + "|" + htmx;
            Optional<RenderCache.Kept> kept = cache.get(key);
            if (kept.isPresent() && identity.isAnonymous() && !acceptsGzip(request)) {
                // nothing of anyone's own on it: served before the page's own work starts
                return Optional.of(Response.ok(kept.get().forAnonymous(accountNav::render), HTML).build());
            }
            if (kept.isPresent()) {
                // A signed-in reader's menu needs this request's CSRF token, set only once every filter has run;
                // and answers cut short here skip the HTTP layer's compression. Both get the kept page in place
                // of the rendering, after the page's own (few) statements.
                request.setProperty(KEPT, kept.get());
            } else {
                request.setProperty(CACHE_KEY, key);
                sharedRendering.activate();
            }
        }
        return Optional.empty();
    }

    // before the template filter renders the page and before the CSRF filter finishes the response
    @ServerResponseFilter(priority = Priorities.USER - 500)
    public void afterRead(ContainerRequestContext request, ContainerResponseContext response) {
        Object etag = request.getProperty(ETAG);
        if (etag == null || response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (request.getProperty(API_KEY) instanceof String apiKey && response.getEntity() != null
                && !(response.getEntity() instanceof byte[])) {
            byte[] answer = json(response.getEntity());
            cache.putWhole(apiKey, answer);
            response.setEntity(answer, null, MediaType.APPLICATION_JSON_TYPE);
            return;
        }
        if (request.getProperty(API_KEPT) instanceof RenderCache.Kept kept) {
            response.setEntity(kept.whole(), null, MediaType.APPLICATION_JSON_TYPE);
            return;
        }
        if (request.getProperty(KEPT) instanceof RenderCache.Kept kept) {
            response.setEntity(identity.isAnonymous() ? kept.forAnonymous(accountNav::render)
                    : kept.with(accountNav.render()), null, HTML);
            return;
        }
        Object key = request.getProperty(CACHE_KEY);
        Object entity = response.getEntity();
        if (key == null) {
            // bytes, not a string: the string writer copies a page into the network buffer one character at a
            // time, which cost about a sixth of the uncached matrix
            byte[] bytes = entity instanceof Utf8Page page ? page.bytes()
                    : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : null;
            if (bytes != null) {
                MediaType type = response.getMediaType();
                response.setEntity(bytes, null,
                        type == null || type.getParameters().containsKey(MediaType.CHARSET_PARAMETER) ? type
                                : type.withCharset(StandardCharsets.UTF_8.name()));
            }
            return;
        }
        String rendered = entity instanceof Utf8Page page ? page.render()
                : entity instanceof TemplateInstance template ? template.render()
                : entity instanceof String text ? text : null;
        if (rendered == null) {
            return;
        }
        String menu = accountNav.render();
        byte[] page = cache.put((String) key, rendered, csrfField).map(kept -> kept.with(menu))
                .orElseGet(() -> rendered.replace(SharedRendering.ACCOUNT_MENU, menu).getBytes(StandardCharsets.UTF_8));
        response.setEntity(page, null, HTML);
    }

    private static boolean acceptsGzip(ContainerRequestContext request) {
        String accepted = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private byte[] json(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an API answer that Jackson cannot write", e);
        }
    }

    /** A digest of who reads the page: the account, its roles and its CSRF cookie (which forms on it carry). */
    private String reader(ContainerRequestContext request, boolean htmx) {
        if (identity.isAnonymous() && !htmx) {
            return "anonymous";
        }
        Cookie csrf = request.getCookies().get(csrfCookie);
        String who = (identity.isAnonymous() ? "" : identity.getPrincipal().getName()) + "\n"
                + new TreeSet<>(identity.getRoles()) + "\n" + (csrf == null ? "" : csrf.getValue()) + "\n" + htmx;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(who.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 9);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether an {@code If-None-Match} header names this ETag (weak comparison) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
