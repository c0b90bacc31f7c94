package org.datarequest.tracker.litigation;

import io.quarkus.qute.TemplateExtension;
import java.util.Arrays;
import java.util.List;

/** What templates read of litigation without a page passing it in: {@code litigation:statuses}. */
@TemplateExtension(namespace = "litigation")
public class LitigationTemplates {

    /** The statuses a case can be in (every status but None), in their order. */
    static List<LitigationStatus> statuses() {
        return Arrays.stream(LitigationStatus.values()).filter(LitigationStatus::inCourt).toList();
    }

    /** Every status, None first: the choices of the litigation form. */
    static List<LitigationStatus> choices() {
        return List.of(LitigationStatus.values());
    }

    /** The label of a status code as a form holds it, or the code itself when it names none. */
    static String label(String code) {
        return LitigationStatus.parse(code).map(status -> status.label).orElse(code);
    }
}
