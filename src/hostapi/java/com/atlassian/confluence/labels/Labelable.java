package com.atlassian.confluence.labels;

import java.util.List;

/**
 * Source: Confluence javadoc (search, docs corpus: LabelEvent's "Labelable getLabelled()") and decompiled
 * LabelManagerImpl (search, code corpus: "content.getLabels()" on a Labelable). Trimmed to the getter the app calls.
 */
public interface Labelable {
    List<Label> getLabels();
}
