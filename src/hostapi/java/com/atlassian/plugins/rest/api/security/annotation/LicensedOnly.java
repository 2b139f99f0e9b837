package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Source: REST v2 access annotation (Platform 7 "secure endpoints" doc; package seen in Confluence 10.2 and Jira 11
 * plugins). Read reflectively by the host, so only the name and runtime retention matter (facts §0 rule 6).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
