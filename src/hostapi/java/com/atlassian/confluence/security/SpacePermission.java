package com.atlassian.confluence.security;

/** Source: host-api-facts §4.2 [V-8.7]. The constants are inlined by javac, so their values must be exact. */
public class SpacePermission {
    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";
    public static final String CREATEEDIT_PAGE_PERMISSION = "EDITSPACE";
    public static final String ADMINISTER_SPACE_PERMISSION = "SETSPACEPERMISSIONS";
}
