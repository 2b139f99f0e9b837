package eu.goodpractice.transfer.shared;

/**
 * Escaping for text that goes into HTML; every user-entered value passes through here before a template sees it.
 * Written here rather than embedded, so the app carries no copy of a library the host may export itself.
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes text for an element body or a quoted attribute; null becomes empty. Control characters that HTML does
     * not allow become spaces, so no input can break the markup around it.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ? ' ' : c);
            }
        }
        return out.toString();
    }
}
