package org.datarequest.tracker.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.datarequest.tracker.Login;
import org.junit.jupiter.api.Test;

/** The recovery path documented in docs/operations.md: only when no enabled admin is left. */
@QuarkusTest
class AdminRecoveryTest {

    @Inject
    AdminRecovery recovery;

    @Test
    void withAnEnabledAdminRecoveryChangesNothing() {
        assertEquals(AdminRecovery.Outcome.NOT_NEEDED, recovery.recover("would-be-admin", "a-long-recovery-password"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Account.count("username", "would-be-admin")));
    }

    @Test
    void withoutAnyEnabledAdminRecoveryCreatesOneThatCanLogIn() {
        QuarkusTransaction.requiringNew().run(() -> Account.update("enabled = false where role = 'admin'"));
        try {
            assertEquals(AdminRecovery.Outcome.NO_PASSWORD, recovery.recover("rescuer", "short"));
            assertEquals(AdminRecovery.Outcome.RECOVERED, recovery.recover("rescuer", "a-long-recovery-password"));
            Login.as("rescuer", "a-long-recovery-password");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Account.update("enabled = true where role = 'admin'"));
            QuarkusTransaction.requiringNew().run(() -> Account.update("role = 'viewer' where username = 'rescuer'"));
        }
    }
}
