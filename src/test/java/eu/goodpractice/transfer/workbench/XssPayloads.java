package eu.goodpractice.transfer.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The cross-site scripting corpus of src/test/resources/security/xss-payloads.txt: its payloads with their escapes
 * decoded, and what a reader should see of each one once the app stored and rendered it as text.
 */
final class XssPayloads {
    static final String RESOURCE = "/security/xss-payloads.txt";

    private XssPayloads() {
    }

    static List<String> load() {
        try (InputStream in = XssPayloads.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<String> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.equals("#") && !line.startsWith("# ")) {
                    payloads.add(decode(line));
                }
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code \\uXXXX}, {@code \\n}, {@code \\t} and {@code \\\\} as the characters they stand for. */
    static String decode(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    /**
     * The payload as a reader sees it in the page's text: without NUL (the JSON input drops it), trimmed as every
     * text field is stored, the control
     * characters HTML does not allow as spaces (as the server's escaping shows them) and runs of white space as one
     * (the test reads the page's text the same way: layout may join or split lines, the payload's words stay).
     */
    static String shown(String payload) {
        return normalised(payload.replace("\u0000", "").strip());
    }

    static String normalised(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]", " ").replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip();
    }

    /** Whether a payload can go into Confluence's storage format (XML 1.0): NUL and most C0 controls cannot. */
    static boolean fitsStorageFormat(String payload) {
        return payload.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }
}
