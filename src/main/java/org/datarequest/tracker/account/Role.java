package org.datarequest.tracker.account;

import java.util.Optional;
import java.util.Set;

/** What an account may do (PRODUCT.md section 8); each role has the rights of the ones before it. */
public enum Role {
    viewer("Viewer", "read and export"),
    editor("Editor", "read and export; edit cells, bulk edit, import, timeline"),
    admin("Admin", "everything an editor may do; requests, fields, coverage and accounts");

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    public final String label;
    public final String rights;

    Role(String label, String rights) {
        this.label = label;
        this.rights = rights;
    }

    public String code() {
        return name();
    }

    /** The security roles an account of this role holds: its own and every lesser one. */
    public Set<String> grants() {
        return switch (this) {
            case viewer -> Set.of(VIEWER);
            case editor -> Set.of(VIEWER, EDITOR);
            case admin -> Set.of(VIEWER, EDITOR, ADMIN);
        };
    }

    public static Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
