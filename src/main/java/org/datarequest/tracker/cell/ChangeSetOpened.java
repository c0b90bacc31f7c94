package org.datarequest.tracker.cell;

import org.datarequest.tracker.request.DataRequest;

/**
 * A CDI event fired (synchronously, inside the save's transaction) when a change set is opened. Observers that
 * must see the whole save observe it {@code during = TransactionPhase.BEFORE_COMPLETION}: by then every change of
 * the set is recorded, and what they write commits — or rolls back — with the save.
 */
public record ChangeSetOpened(DataRequest request, ChangeSet changeSet) {
}
