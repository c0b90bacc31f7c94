package org.datarequest.tracker.ops;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One full garbage collection once the application has started, when it runs with the serial collector (as
 * {@code scripts/start.sh} starts it, for a small footprint).
 *
 * <p>Why: the serial collector sizes its young generation only at a full collection, from the size of the old one.
 * Started from its class cache (JDK 25's ahead-of-time cache), the application loads its classes without growing
 * its metaspace, so no collection during the start is a full one, and the young generation keeps the size it had
 * for the smallest heap ({@code -Xms16m}): about 4 MB, against some 24 MB afterwards. Under load that meant about
 * three times as many young collections, which cost the pages about a fifth of their CPU (see
 * docs/performance.md, "A sixth round"). Started without the cache, the metaspace's growth forced such
 * collections during the start anyway. The collection runs on a thread of its own so that the start does not wait
 * for it; it pauses the application once, for some tens of milliseconds, and leaves the resident memory as it was.
 */
@ApplicationScoped
public class YoungGenerationSizing {

    private static final Logger LOG = Logger.getLogger(YoungGenerationSizing.class);

    /** The names the serial collector gives its two collectors (young and old). */
    static final String SERIAL_YOUNG = "Copy";
    static final String SERIAL_OLD = "MarkSweepCompact";

    void onStart(@Observes StartupEvent started,
                 @ConfigProperty(name = "tracker.gc.size-young-generation-after-start", defaultValue = "true")
                 boolean enabled) {
        if (!enabled || !isSerial(ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList())) {
            return;
        }
        Thread collection = new Thread(() -> {
            long began = System.nanoTime();
            System.gc();
            LOG.debugf("full collection after the start, to size the young generation: %d ms",
                    (System.nanoTime() - began) / 1_000_000);
        }, "young-generation-sizing");
        collection.setDaemon(true);
        collection.start();
    }

    /** Whether these are the serial collector's collectors; other collectors size their generations themselves. */
    static boolean isSerial(Collection<String> collectorNames) {
        return collectorNames.contains(SERIAL_YOUNG) && collectorNames.contains(SERIAL_OLD);
    }
}
