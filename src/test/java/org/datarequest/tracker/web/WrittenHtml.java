package org.datarequest.tracker.web;

import java.util.regex.Pattern;

/** For tests of markup written by {@link Html}: its numeric character references read back as the characters. */
public final class WrittenHtml {

    private static final Pattern REFERENCE = Pattern.compile("&#(\\d+);");

    private WrittenHtml() {
    }

    /** The markup with every {@code &#NNNN;} as its character; escapes such as {@code &quot;} stay as they are. */
    public static String withCharacters(String html) {
        return REFERENCE.matcher(html).replaceAll(reference -> Character.toString(Integer.parseInt(reference.group(1))));
    }
}
