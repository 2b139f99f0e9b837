package eu.goodpractice.transfer.export;

import java.util.function.Function;

/**
 * One column of an export: the i18n key of its header, the type of its cells and how a row gives its cell (null
 * for an empty cell).
 */
public record ExportColumn<R>(String headerKey, CellType type, Function<R, ?> value) {
    public static <R> ExportColumn<R> text(String headerKey, Function<R, ?> value) {
        return new ExportColumn<>(headerKey, CellType.TEXT, value);
    }

    public static <R> ExportColumn<R> number(String headerKey, Function<R, ? extends Number> value) {
        return new ExportColumn<>(headerKey, CellType.NUMBER, value);
    }

    public static <R> ExportColumn<R> date(String headerKey, Function<R, java.time.LocalDate> value) {
        return new ExportColumn<>(headerKey, CellType.DATE, value);
    }

    public static <R> ExportColumn<R> dateTime(String headerKey, Function<R, java.time.Instant> value) {
        return new ExportColumn<>(headerKey, CellType.DATE_TIME, value);
    }
}
