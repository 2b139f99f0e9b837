package eu.goodpractice.transfer.report;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days a report covers, both ends included; by default the current calendar year. */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " lies after to " + to);
        }
    }

    /** The calendar year of {@code today}, 1 January to 31 December. */
    public static ReportPeriod yearOf(LocalDate today) {
        return new ReportPeriod(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
    }

    /**
     * Reads the period as users type it: ISO dates, an end left out is the current year's first or last day; a bad date
     * or a start after the end is reported under its parameter's name ({@code from}, {@code to}).
     */
    public static ReportPeriod parse(String from, String to, LocalDate today, FieldErrors errors) {
        ReportPeriod year = yearOf(today);
        LocalDate first = InputText.trimmed(from).isPresent() ? InputText.date(errors, "from", from) : year.from();
        LocalDate last = InputText.trimmed(to).isPresent() ? InputText.date(errors, "to", to) : year.to();
        if (first == null || last == null) {
            return null;
        }
        if (first.isAfter(last)) {
            errors.add("to", "transfer.validation.end-before-start");
            return null;
        }
        return new ReportPeriod(first, last);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the moment falls on one of the period's days where the app runs. */
    public boolean contains(Instant moment, ZoneId zone) {
        return moment != null && contains(moment.atZone(zone).toLocalDate());
    }
}
