package org.datarequest.tracker.caching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The identity of the running package, written into {@code tracker-build.properties} by the build: every instance
 * started from one package has the same one (so their ETags agree), and a new package has another (so pages it
 * renders differently are never answered with a 304 meant for the old one).
 */
final class BuildId {

    private BuildId() {
    }

    static String current() {
        try (InputStream in = BuildId.class.getClassLoader().getResourceAsStream("tracker-build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String build = properties.getProperty("build", "unknown");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(build.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
