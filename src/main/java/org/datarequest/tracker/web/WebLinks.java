package org.datarequest.tracker.web;

import io.quarkus.qute.TemplateExtension;

/** {@code {web:isLink(url)}}: whether a stored address may be shown as a link (http and https only). */
@TemplateExtension(namespace = "web")
public class WebLinks {

    static boolean isLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
