package org.datarequest.tracker;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * A plain SQL query run on the session's own connection and read straight from its JDBC result: for the reads of
 * every page where Hibernate's query layer (parsing a native query, binding, mapping rows through its types) cost
 * more than the statement. The statement is prepared and released through the session's JDBC coordinator, so it
 * runs in the transaction if there is one, counts in Hibernate's statistics like any other, and fails with
 * Hibernate's exceptions.
 */
public final class SessionSql {

    /** Sets a statement's parameters. */
    public interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row of a result. */
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private SessionSql() {
    }

    /**
     * Every row of the query, read by {@code row}.
     *
     * @param what what the query reads, for the message of a failure ("reading the cells of a request")
     */
    public static <T> List<T> list(EntityManager entityManager, String sql, Parameters parameters, Row<T> row,
                                   String what) {
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            parameters.set(statement);
            ResultSet rows = jdbc.getResultSetReturn().extract(statement, sql);
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(row.read(rows));
            }
            return read;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, what, sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
