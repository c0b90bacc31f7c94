package org.datarequest.tracker.communication;

import java.util.List;
import org.datarequest.tracker.jurisdiction.Jurisdiction;

/** The choices every communication form offers. */
public record Choices(Kind[] kinds, Direction[] directions, DatePrecision[] precisions,
                      List<Jurisdiction> jurisdictions) {

    public static Choices all() {
        return new Choices(Kind.values(), Direction.values(), DatePrecision.values(), Jurisdiction.listByName());
    }
}
