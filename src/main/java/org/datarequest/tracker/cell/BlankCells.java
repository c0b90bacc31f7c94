package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.datarequest.tracker.request.RequestSetup;

/** Keeps one cell per covered jurisdiction and field: a blank one (No response) for each new pairing. */
@ApplicationScoped
public class BlankCells {

    void onFieldAdded(@Observes RequestSetup.FieldAdded added) {
        added.covered().forEach(jurisdiction -> Cell.blank(added.request(), jurisdiction, added.field()).persist());
    }

    void onJurisdictionCovered(@Observes RequestSetup.JurisdictionCovered covered) {
        covered.fields().forEach(field -> Cell.blank(covered.request(), covered.jurisdiction(), field).persist());
    }
}
