package org.datarequest.tracker.ops;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a database's current schema as its JDBC metadata describes them, in an order where every table
 * comes after the tables its foreign keys point to. Read from the metadata, not from a list in code, so a table
 * added by a later migration is copied without anyone remembering to add it here.
 */
record SchemaTables(List<Table> tables) {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** One table: lower-case name, its columns in order, its primary-key columns and its identity columns. */
    record Table(String name, List<String> columns, List<String> primaryKey, List<String> identities,
                 Set<String> references) {
    }

    static SchemaTables read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, String> names = new TreeMap<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.put(lower(rs.getString("TABLE_NAME")), rs.getString("TABLE_NAME"));
            }
        }
        Map<String, Table> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            byName.put(name.getKey(), table(meta, connection.getCatalog(), schema, name.getKey(), name.getValue()));
        }
        return new SchemaTables(inDependencyOrder(byName));
    }

    /** The tables to copy: every table except Flyway's history, which Flyway writes on the target itself. */
    List<Table> data() {
        return tables.stream().filter(t -> !t.name().equals(FLYWAY_HISTORY)).toList();
    }

    List<String> names() {
        return tables.stream().map(Table::name).toList();
    }

    private static Table table(DatabaseMetaData meta, String catalog, String schema, String name, String stored)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> identities = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, stored, "%")) {
            while (rs.next()) {
                String column = lower(rs.getString("COLUMN_NAME"));
                columns.add(column);
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    identities.add(column);
                }
            }
        }
        Map<Short, String> keyColumns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, stored)) {
            while (rs.next()) {
                keyColumns.put(rs.getShort("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        Set<String> references = new LinkedHashSet<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, stored)) {
            while (rs.next()) {
                references.add(lower(rs.getString("PKTABLE_NAME")));
            }
        }
        references.remove(name);
        List<String> primaryKey = keyColumns.isEmpty() ? columns : List.copyOf(keyColumns.values());
        return new Table(name, List.copyOf(columns), primaryKey, List.copyOf(identities), references);
    }

    /** Kahn's order over the foreign keys, alphabetical among equals so that two runs print the same list. */
    private static List<Table> inDependencyOrder(Map<String, Table> byName) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            Table next = byName.values().stream()
                    .filter(t -> !placed.contains(t.name()))
                    .filter(t -> t.references().stream().allMatch(r -> placed.contains(r) || !byName.containsKey(r)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + byName.keySet()));
            ordered.add(next);
            placed.add(next.name());
        }
        return ordered;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
