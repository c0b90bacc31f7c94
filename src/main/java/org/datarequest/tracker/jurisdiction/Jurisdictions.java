package org.datarequest.tracker.jurisdiction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every jurisdiction, read once per instance and then kept: they are reference data that only a migration
 * writes (nothing in the application changes a jurisdiction), and migrations run before an instance starts,
 * so every instance holds the same ones and none can hold an outdated one. Pages that show every covered
 * jurisdiction take them from here rather than reading them again with each request's coverage.
 *
 * <p>The instances are detached entities, shared by every thread: read them, never change or persist them.
 */
@ApplicationScoped
public class Jurisdictions {

    /** The jurisdictions by code, and their place in name order as the database sorts names. */
    private record Loaded(Map<String, Jurisdiction> byCode, Map<String, Integer> place) {
    }

    private volatile Loaded loaded;

    /** The jurisdiction with this code (as stored: upper case), null when there is none. */
    public Jurisdiction byCode(String code) {
        return loaded().byCode.get(code);
    }

    /** Orders jurisdiction codes as {@link Jurisdiction#listByName()} orders the jurisdictions. */
    public Comparator<String> codesByName() {
        Map<String, Integer> place = loaded().place;
        return Comparator.comparing(code -> place.getOrDefault(code, Integer.MAX_VALUE));
    }

    /** Read at the first use, within the caller's session; two first uses at once both read the same rows. */
    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            List<Jurisdiction> all = Jurisdiction.listByName();
            Map<String, Jurisdiction> byCode = new HashMap<>();
            Map<String, Integer> place = new HashMap<>();
            for (Jurisdiction jurisdiction : all) {
                byCode.put(jurisdiction.code, jurisdiction);
                place.put(jurisdiction.code, place.size());
            }
            current = new Loaded(Map.copyOf(byCode), Map.copyOf(place));
            loaded = current;
        }
        return current;
    }
}
