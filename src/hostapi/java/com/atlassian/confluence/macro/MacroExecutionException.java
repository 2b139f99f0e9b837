package com.atlassian.confluence.macro;

/** Source: host-api-facts §1.2 [V-8.7]. */
public class MacroExecutionException extends Exception {
    public MacroExecutionException() { }

    public MacroExecutionException(String message) { super(message); }

    public MacroExecutionException(String message, Throwable cause) { super(message, cause); }

    public MacroExecutionException(Throwable cause) { super(cause); }
}
