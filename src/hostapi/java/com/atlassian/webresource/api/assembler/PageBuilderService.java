package com.atlassian.webresource.api.assembler;

/** Source: call chain {@code assembler().resources().requireWebResource(key)} in atlassian-labs/atlassian-slack-integration-server. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
