package org.datarequest.tracker.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Row count and checksum of one table, computed the same way on H2 and on PostgreSQL: each row becomes a canonical
 * text (instants in UTC, dates in ISO form, numbers without trailing zeros), each row's SHA-256 is added up modulo
 * 2^256, so the result does not depend on the order in which either database returns the rows.
 */
record TableChecksum(long rows, String checksum) {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    static TableChecksum of(Connection connection, SchemaTables.Table table) throws SQLException {
        String sql = "select " + String.join(", ", table.columns()) + " from " + table.name();
        BigInteger sum = BigInteger.ZERO;
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery(sql)) {
                int count = table.columns().size();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= count; i++) {
                        row.append(canonical(rs.getObject(i))).append('\u001f');
                    }
                    sum = sum.add(new BigInteger(1, sha256(row.toString())));
                    rows++;
                }
            }
        }
        String hex = HexFormat.of().formatHex(sum.mod(MODULUS).toByteArray());
        return new TableChecksum(rows, hex.length() > 16 ? hex.substring(hex.length() - 16) : hex);
    }

    /** A value as text that is the same whichever database returned it. */
    static String canonical(Object value) throws SQLException {
        if (value == null) {
            return "\u2400";
        }
        Object plain = portable(value);
        if (plain instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (plain instanceof Timestamp time) {
            return time.toInstant().toString();
        }
        if (plain instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (plain instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (plain instanceof Number number) {
            return Long.toString(number.longValue());
        }
        if (plain instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return plain.toString();
    }

    /** Large objects read into memory, so that they can be written to the other database and compared. */
    static Object portable(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
