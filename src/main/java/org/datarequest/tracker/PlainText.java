package org.datarequest.tracker;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no NUL or other control characters (tab and line breaks are fine). PostgreSQL refuses
 * NUL in text, and control characters break the XML of the Atom feed and confuse spreadsheets.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    String message() default "Remove the control characters (such as NUL) from this text.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator behind the annotation. */
    class Check implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlain(value);
        }

        /** Whether {@code text} holds no control character other than tab, line feed and carriage return. */
        public static boolean isPlain(String text) {
            if (text == null) {
                return true;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
                if (control || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean pairedSurrogate(String text, int i) {
            char c = text.charAt(i);
            return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
    }
}
