package com.atlassian.confluence.content.render.xhtml;

/**
 * Source: host-api-facts §1.3 [V-8.7]. Trimmed to the methods the app calls (the host implements it).
 * {@code getOutputType()} is "display", "preview", "pdf", "word", "html_export", "feed", "email" or "diff".
 */
public interface ConversionContext {
    String getSpaceKey();

    String getOutputType();

    Object getProperty(String key);
}
