package org.datarequest.tracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account as typed by an admin. */
public record AccountForm(
        @NotBlank(message = "Give a user name.")
        @Pattern(regexp = "\\s*[a-z0-9._-]{3,60}\\s*",
                message = "3 to 60 characters: lowercase letters, digits, dots, hyphens or underscores.")
        String username,
        @NotBlank(message = "Choose a role.")
        @Pattern(regexp = "viewer|editor|admin", message = "Choose viewer, editor or admin.")
        String role,
        @NotBlank(message = "Give a first password.")
        @Size(min = AccountService.MIN_PASSWORD, max = 200, message = "Use between 12 and 200 characters.")
        String password) {
}
