package org.datarequest.tracker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares (statistics are on in the test profile). */
@ApplicationScoped
public class SqlStatements {

    private final Statistics statistics;

    public SqlStatements(EntityManagerFactory factory) {
        this.statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    /** The number of statements prepared while {@code action} ran. */
    public long countWhile(Runnable action) {
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }
}
