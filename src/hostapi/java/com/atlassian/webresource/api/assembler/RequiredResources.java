package com.atlassian.webresource.api.assembler;

/** Source: WRM {@code RequiredResources} (decompiled interface in public code): fluent, returns itself. Trimmed. */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
