package org.datarequest.tracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code {#include}} names a template that exists. Qute finds a missing one only when the page is rendered
 * (a 500 for the reader), and a build that reuses the output folder of an earlier one can still hold the removed
 * template and hide it.
 */
class TemplateIncludesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern INCLUDE = Pattern.compile("\\{#include ([\\w/.-]+)");

    @Test
    void everyIncludedTemplateExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int includes = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher include = INCLUDE.matcher(Files.readString(file));
                while (include.find()) {
                    includes++;
                    String name = include.group(1);
                    if (!Files.exists(TEMPLATES.resolve(name.endsWith(".html") ? name : name + ".html"))) {
                        missing.add(TEMPLATES.relativize(file) + " includes " + name);
                    }
                }
            }
        }
        assertFalse(includes == 0, "no include found: the templates are not where this test looks");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPageThatOpensTheLayoutAlsoClosesIt() throws IOException {
        // the layout is included before and after a page's content, never around it (docs/architecture.md)
        List<String> around = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                if (text.contains("{#include layout/top}") != text.contains("{#include layout/bottom /}")) {
                    around.add(TEMPLATES.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), around, "pages with a top and no bottom, or the other way round");
    }
}
