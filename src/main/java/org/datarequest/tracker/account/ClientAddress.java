package org.datarequest.tracker.account;

import io.vertx.ext.web.RoutingContext;

/**
 * The address a request came from, as Vert.x resolved it: behind a reverse proxy that is the forwarded address
 * only when the proxy is trusted ({@code quarkus.http.proxy.proxy-address-forwarding} with
 * {@code quarkus.http.proxy.trusted-proxies}); a forwarded header from anyone else is ignored.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(RoutingContext routing) {
        return routing == null || routing.request().remoteAddress() == null
                ? null : routing.request().remoteAddress().hostAddress();
    }
}
