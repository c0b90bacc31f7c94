package org.datarequest.tracker.cell;

/**
 * How a save is described in its change set: who saves, through what, a one-line summary and, where one
 * source stands behind the whole save (a letter, a snapshot file), that source, and the communication it cites.
 */
public record Saving(String recordedBy, ChangeSet.Method method, String summary, String sourceUrl,
                     String sourceTitle, Long communicationId) {

    public static final int SUMMARY_LENGTH = 500;

    public Saving {
        summary = summary == null || summary.isBlank() ? method.label : summary.strip();
        if (summary.length() > SUMMARY_LENGTH) {
            summary = summary.substring(0, SUMMARY_LENGTH - 1) + "\u2026";
        }
    }

    /** A save that cites no communication. */
    public Saving(String recordedBy, ChangeSet.Method method, String summary, String sourceUrl, String sourceTitle) {
        this(recordedBy, method, summary, sourceUrl, sourceTitle, null);
    }

    public static Saving by(String recordedBy, ChangeSet.Method method, String summary) {
        return new Saving(recordedBy, method, summary, null, null);
    }
}
