package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Source: host-api-facts §1.3 [V-8.7]. Trimmed to the methods the app calls (the host implements it).
 * {@code getOutputType()} is "display", "preview", "pdf", "word", "html_export", "feed", "email" or "diff".
 */
public interface ConversionContext {
    String getSpaceKey();

    String getOutputType();

    Object getProperty(String key);

    /** The page (or other content) being rendered; null when there is none, e.g. in a preview of new content. */
    ContentEntityObject getEntity();
}
