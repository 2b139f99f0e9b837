package com.atlassian.templaterenderer;

/** Source: host-api-facts §5 [V-8.7]. */
public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) { super(message, cause); }

    public RenderingException(String message) { super(message); }

    public RenderingException(Throwable cause) { super(cause); }
}
