package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** Source: host-api-facts §1.1 [V-8.7], unchanged in javadoc 4.x to 9.1. Complete: the app implements it. */
public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum OutputType { INLINE, BLOCK }

    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }
}
