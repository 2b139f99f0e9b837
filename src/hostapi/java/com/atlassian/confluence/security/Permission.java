package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Source: host-api-facts §4.2 [V-8.7]: an abstract class whose constants are anonymous subclasses. The host-side
 * {@code checkAgainst} is left out: the app never calls it (facts §4.2 "mirror: may omit").
 */
public abstract class Permission implements Serializable {
    public static final Permission VIEW = named("VIEW", false);
    public static final Permission EDIT = named("EDIT", true);

    private final String name;

    protected Permission(String name) { this.name = name; }

    public abstract boolean isMutative();

    @Override public String toString() { return name; }

    private static Permission named(String name, boolean mutative) {
        return new Permission(name) {
            @Override public boolean isMutative() { return mutative; }
        };
    }
}
