package org.datarequest.tracker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The product's own counters, exported at {@code /q/metrics} beside HTTP, pool and JVM metrics. Every name lives
 * here so that operators find them in one place; callers say what happened, this class counts it. Writes are
 * counted when their transaction commits, so a save rolled back by a conflict is not counted.
 */
@ApplicationScoped
public class ProductMetrics {

    private final Counter changesRecorded;
    private final Counter importsApplied;
    private final Counter loginsFailed;
    private final Counter loginsThrottled;
    private final Counter documentsStored;
    private final TransactionSynchronizationRegistry transactions;

    public ProductMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        changesRecorded = Counter.builder("tracker.changes.recorded")
                .description("Cell changes committed (every save, bulk apply, import and API write)")
                .register(registry);
        importsApplied = Counter.builder("tracker.imports.applied")
                .description("CSV imports applied").register(registry);
        loginsFailed = Counter.builder("tracker.logins.failed").tag("reason", "credentials")
                .description("Logins refused (form and HTTP Basic)").register(registry);
        loginsThrottled = Counter.builder("tracker.logins.failed").tag("reason", "throttled")
                .description("Logins refused (form and HTTP Basic)").register(registry);
        documentsStored = Counter.builder("tracker.documents.stored")
                .description("Documents stored with communications").register(registry);
    }

    public void changeRecorded() {
        afterCommit(changesRecorded);
    }

    public void importApplied() {
        afterCommit(importsApplied);
    }

    /** A wrong user name or password, or a disabled account. */
    public void loginFailed() {
        loginsFailed.increment();
    }

    /** An attempt refused before its password was checked because of too many recent failures. */
    public void loginThrottled() {
        loginsThrottled.increment();
    }

    public void documentStored() {
        afterCommit(documentsStored);
    }

    private void afterCommit(Counter counter) {
        if (transactions.getTransactionKey() == null) {
            counter.increment();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
