package org.datarequest.tracker.catalogue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Account;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.admin.FieldAdmin;

/**
 * The bad-input catalogue in the test's own app (H2, or PostgreSQL with the pg profile): the change log is
 * counted in the database, and a handler on the root logger proves nothing was logged at ERROR.
 */
@QuarkusTest
class BadInputCatalogueTest extends CatalogueRun {

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @Inject
    FieldAdmin fieldAdmin;

    @Inject
    EntityManager entityManager;

    @Override
    protected void setUp() {
        slug = requests.create(3, List.of("NY", "TX")).slug;
        fieldAdmin.retire(slug, "f3", true);
        editor = accounts.session("catalogue-editor", Role.editor);
        admin = accounts.session("catalogue-admin", Role.admin);
        viewer = accounts.session("catalogue-viewer", Role.viewer);
        accounts.ensure("catalogue-api", Role.editor);
        accounts.ensure("catalogue-api-viewer", Role.viewer);
        someAccount = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername("catalogue-viewer").orElseThrow().id);
    }

    @Override
    protected long changeLogSize() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select (select count(*) from cell_change) + (select count(*) from communication_revision)")
                .getSingleResult()).longValue());
    }

    @Override
    protected ErrorLog errorLog() {
        return ErrorLog.install();
    }
}
