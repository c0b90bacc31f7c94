package org.datarequest.tracker.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects every record the app logs at ERROR (or worse) while it is installed on the root logger. */
final class ErrorLog extends Handler implements AutoCloseable {

    private final List<String> errors = new ArrayList<>();

    static ErrorLog install() {
        ErrorLog log = new ErrorLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        // JBoss LogManager's ERROR is 1000, the same as SEVERE.
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            errors.add(record.getLoggerName() + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
        }
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
