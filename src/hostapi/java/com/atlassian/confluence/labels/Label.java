package com.atlassian.confluence.labels;

/**
 * Source: Confluence javadoc and decompiled LabelManagerImpl (search: {@code new Label(labelName, namespace)},
 * {@code getName()}). A class; trimmed to the constructors stand-ins use and the getters the app calls.
 */
public class Label {
    private final String name;
    private final Namespace namespace;

    public Label(String name) {
        this(name, Namespace.GLOBAL);
    }

    public Label(String name, Namespace namespace) {
        this.name = name;
        this.namespace = namespace;
    }

    public String getName() { return name; }

    public Namespace getNamespace() { return namespace; }
}
