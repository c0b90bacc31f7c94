package org.datarequest.tracker.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which addresses webhooks may go to ({@code tracker.webhooks.allowed-hosts}): only http(s) URLs whose host
 * is named in the setting, exactly or under a {@code *.} wildcard. Checked when an endpoint is registered and
 * again before every delivery (the setting may have changed since). Nothing is allowed when the setting is empty.
 */
@ApplicationScoped
public class AllowedHosts {

    private final List<String> patterns;

    public AllowedHosts(WebhookConfig config) {
        this.patterns = config.allowedHosts().orElse(List.of()).stream()
                .map(host -> host.strip().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Null when {@code url} may receive webhooks, else why not, in words for the admin. */
    public String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return "Enter a whole web address, such as https://hooks.example.org/tracker.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "Enter an http or https address with a host name and no user name in it.";
        }
        if (patterns.isEmpty()) {
            return "Webhooks are switched off: no host is allowed (the setting tracker.webhooks.allowed-hosts is empty).";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        for (String pattern : patterns) {
            if (pattern.equals(host) || pattern.startsWith("*.") && host.endsWith(pattern.substring(1))) {
                return null;
            }
        }
        return "The host " + host + " is not in the allowed list (tracker.webhooks.allowed-hosts): ask the"
                + " operator to add it.";
    }
}
