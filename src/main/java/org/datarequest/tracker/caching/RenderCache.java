package org.datarequest.tracker.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rendered pages kept in memory, by a key that holds the page's address, its data version, the day and the
 * reader's roles — never the reader. A page is kept split around the account menu, which is rendered for each
 * reader. Entries of an old data version are never asked for again and leave as memory fills.
 */
@ApplicationScoped
public class RenderCache {

    /** A kept page: the bytes before and after the account menu (an API answer has no menu: all in head). */
    static final class Kept {
        private final byte[] head;
        private final byte[] tail;
        private volatile byte[] anonymous;

        Kept(byte[] head, byte[] tail) {
            this.head = head;
            this.tail = tail;
        }

        int weight() {
            return 2 * (head.length + tail.length) + 64;
        }

        byte[] whole() {
            return head;
        }

        byte[] with(String accountMenu) {
            byte[] menu = accountMenu.getBytes(StandardCharsets.UTF_8);
            byte[] page = new byte[head.length + menu.length + tail.length];
            System.arraycopy(head, 0, page, 0, head.length);
            System.arraycopy(menu, 0, page, head.length, menu.length);
            System.arraycopy(tail, 0, page, head.length + menu.length, tail.length);
            return page;
        }

        /** The page as every anonymous reader gets it (their menu is the same "Log in" link), put together once. */
        byte[] forAnonymous(Supplier<String> anonymousMenu) {
            byte[] page = anonymous;
            if (page == null) {
                page = with(anonymousMenu.get());
                anonymous = page;
            }
            return page;
        }
    }

    private final boolean enabled;
    private final Cache<String, Kept> pages;

    public RenderCache(RenderCacheConfig config) {
        this.enabled = config.enabled();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(config.maxMb() * 1024L * 1024L)
                .<String, Kept>weigher((key, page) -> key.length() + page.weight())
                .build();
    }

    boolean enabled() {
        return enabled;
    }

    Optional<Kept> get(String key) {
        return enabled ? Optional.ofNullable(pages.getIfPresent(key)) : Optional.empty();
    }

    /**
     * Keeps a page rendered with the account-menu marker; a page without exactly one marker, or with a form
     * carrying a CSRF token outside the menu, is someone's own and is not kept.
     */
    Optional<Kept> put(String key, String rendered, String csrfParameter) {
        int at = rendered.indexOf(SharedRendering.ACCOUNT_MENU);
        if (at < 0 || rendered.indexOf(SharedRendering.ACCOUNT_MENU, at + 1) >= 0
                || rendered.contains("name=\"" + csrfParameter + "\"")) {
            return Optional.empty();
        }
        Kept kept = new Kept(rendered.substring(0, at).getBytes(StandardCharsets.UTF_8),
                rendered.substring(at + SharedRendering.ACCOUNT_MENU.length()).getBytes(StandardCharsets.UTF_8));
        if (enabled) {
            pages.put(key, kept);
        }
        return Optional.of(kept);
    }

    /** Keeps an answer that has nothing of any reader's own (a JSON read of the API). */
    void putWhole(String key, byte[] answer) {
        if (enabled) {
            pages.put(key, new Kept(answer, new byte[0]));
        }
    }

    /** Forgets every kept page (tests, and an operator who wants the memory back). */
    public void clear() {
        pages.invalidateAll();
    }
}
