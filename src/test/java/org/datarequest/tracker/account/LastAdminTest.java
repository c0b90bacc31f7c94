package org.datarequest.tracker.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.datarequest.tracker.TestAccounts;
import org.junit.jupiter.api.Test;

/** Two admins demoting (or disabling) each other at the same moment never leave the tracker without an admin. */
@QuarkusTest
class LastAdminTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AccountService service;

    @Test
    void twoConcurrentDemotionsLeaveOneAdmin() throws Exception {
        race(true);
    }

    @Test
    void twoConcurrentDisablesLeaveOneAdmin() throws Exception {
        race(false);
    }

    private void race(boolean demote) throws Exception {
        QuarkusTransaction.requiringNew().run(() -> Account.update("enabled = false where role = 'admin'"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long a = id(accounts.ensure("race-a", Role.admin));
                long b = id(accounts.ensure("race-b", Role.admin));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<AccountService.Refusal>> outcomes = new ArrayList<>();
                for (long target : new long[] {a, b}) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return demote ? service.changeRole(target, Role.viewer) : service.setEnabled(target, false);
                    }));
                }
                int refused = 0;
                for (Future<AccountService.Refusal> outcome : outcomes) {
                    refused += outcome.get() == null ? 0 : 1;
                }
                assertEquals(1, refused, "one of the two changes must be refused");
                assertEquals(1L, QuarkusTransaction.requiringNew()
                        .call(() -> Account.count("role = 'admin' and enabled = true")));
            }
        } finally {
            pool.shutdownNow();
            QuarkusTransaction.requiringNew().run(() -> Account.update("enabled = true where role = 'admin'"));
            QuarkusTransaction.requiringNew().run(() -> Account.update("role = 'viewer' where username like 'race-%'"));
        }
    }

    private static long id(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }
}
