package eu.goodpractice.transfer.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats an export comes in, with their media type and file extension. */
public enum ExportFormat {
    CSV("text/csv;charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a file extension ("csv", "xlsx"), ignoring case. */
    public static Optional<ExportFormat> byExtension(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension == null ? null : extension.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
