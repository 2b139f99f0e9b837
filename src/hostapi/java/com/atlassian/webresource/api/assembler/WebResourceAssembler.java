package com.atlassian.webresource.api.assembler;

/** Source: WRM {@code WebResourceAssembler}, as implemented by public mock page-builder services. Trimmed. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
