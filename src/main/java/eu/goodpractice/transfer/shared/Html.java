package eu.goodpractice.transfer.shared;

import org.owasp.encoder.Encode;

/** Escaping for text that goes into HTML; every user-entered value passes through here before a template sees it. */
public final class Html {
    private Html() {
    }

    /** Escapes text for an element body or a quoted attribute; null becomes empty. */
    public static String escape(String text) {
        return text == null ? "" : Encode.forHtml(text);
    }
}
