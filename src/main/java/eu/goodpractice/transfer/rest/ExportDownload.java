package eu.goodpractice.transfer.rest;

import eu.goodpractice.transfer.export.ExportFormat;
import eu.goodpractice.transfer.export.ExportTable;
import eu.goodpractice.transfer.export.TableExporter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * An export as a download: the body streams while the rows are read, with the format's media type and a
 * Content-Disposition that names the file in ASCII for old clients and in UTF-8 (RFC 6266 / RFC 5987) for the rest.
 * Permissions and filters are checked before this is built, so failures before the first byte still answer JSON.
 */
public final class ExportDownload {
    private ExportDownload() {
    }

    public static <R> Response of(ExportTable<R> table, ExportFormat format, TableExporter exporter) {
        StreamingOutput body = out -> exporter.write(table, format, out);
        String file = table.fileName() + "." + format.extension();
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", contentDisposition(file))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** {@code attachment; filename="Lodz.csv"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA.csv}. */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** Accents dropped ("Łódź" becomes "Lodz"), anything else outside plain ASCII letters and digits becomes "_". */
    static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(fileName.replace('Ł', 'L').replace('ł', 'l')
                .replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            ascii.append(c < 127 && (Character.isLetterOrDigit(c) || ".-_".indexOf(c) >= 0) ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 value characters stay, every other UTF-8 byte is %XX. */
    static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 127 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
