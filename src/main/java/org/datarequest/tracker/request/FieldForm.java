package org.datarequest.tracker.request;

import org.jboss.resteasy.reactive.RestForm;

/** What the field form sends; {@link FieldRules} checks it, the same rules as the CSV upload. */
public class FieldForm {

    @RestForm
    public String key;

    @RestForm
    public String label;

    @RestForm
    public String wording;

    @RestForm
    public String sensitivity;

    public static FieldForm of(RequestedField field) {
        FieldForm form = new FieldForm();
        form.key = field.key;
        form.label = field.label;
        form.wording = field.wording;
        form.sensitivity = field.sensitivity.name();
        return form;
    }
}
