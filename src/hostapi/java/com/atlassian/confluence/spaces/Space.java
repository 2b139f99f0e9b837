package com.atlassian.confluence.spaces;

/**
 * Source: host-api-facts §4.3 [V-8.7]: a class (entity), flattened here (facts §0 rule 4). The constructors and
 * setters exist on the real class too; only host stand-ins (tests, workbench) call them.
 */
public class Space {
    private String key;
    private String name;

    public Space() { }

    public Space(String key) { this.key = key; }

    public String getKey() { return key; }

    public void setKey(String key) { this.key = key; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }
}
