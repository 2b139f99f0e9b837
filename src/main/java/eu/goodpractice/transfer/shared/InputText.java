package eu.goodpractice.transfer.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Shared checks for text fields: blank means absent, lengths, dates, enum names and numbers. */
public final class InputText {
    public static final int SHORT_TEXT = 255;
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private InputText() {
    }

    /**
     * Whether text is an absolute http(s) address with a host: the only links the app accepts as evidence and the
     * only ones it renders clickable, so a javascript: or data: URL can never become a link.
     */
    public static boolean isWebAddress(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static Optional<String> trimmed(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    public static String required(FieldErrors errors, String field, String value, int maxLength) {
        Optional<String> text = trimmed(value);
        if (text.isEmpty()) {
            errors.add(field, "transfer.validation.required");
            return null;
        }
        return checkedLength(errors, field, text.get(), maxLength);
    }

    public static String optional(FieldErrors errors, String field, String value, int maxLength) {
        return trimmed(value).map(text -> checkedLength(errors, field, text, maxLength)).orElse(null);
    }

    private static String checkedLength(FieldErrors errors, String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            errors.add(field, "transfer.validation.too-long", maxLength, text.length());
            return null;
        }
        return text;
    }

    /**
     * An ISO 3166-1 alpha-2 code in upper case; "EL" for Greece and "UK" are accepted as the EU writes them. One rule
     * for action plans, practices and the create wizards, so a country typed anywhere means the same.
     */
    public static String country(FieldErrors errors, String field, String value, boolean required) {
        Optional<String> text = trimmed(value);
        if (text.isEmpty()) {
            if (required) {
                errors.add(field, "transfer.validation.required");
            }
            return null;
        }
        String code = switch (text.get().toUpperCase(Locale.ROOT)) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> text.get().toUpperCase(Locale.ROOT);
        };
        if (!COUNTRY_CODES.contains(code)) {
            errors.add(field, "transfer.validation.country", text.get());
            return null;
        }
        return code;
    }

    public static LocalDate date(FieldErrors errors, String field, String value) {
        Optional<String> text = trimmed(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            errors.add(field, "transfer.validation.date", text.get());
            return null;
        }
    }

    /** An enum constant by name, ignoring case and accepting '-' for '_'; {@code fallback} when blank. */
    public static <E extends Enum<E>> E choice(FieldErrors errors, String field, String value, Class<E> type, E fallback) {
        Optional<String> text = trimmed(value);
        if (text.isEmpty()) {
            return fallback;
        }
        String name = text.get().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        errors.add(field, "transfer.validation.choice", text.get());
        return fallback;
    }

    public static Long positiveNumber(FieldErrors errors, String field, String value) {
        Optional<String> text = trimmed(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            long number = Long.parseLong(text.get());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, "transfer.validation.number", text.get());
        return null;
    }

    /** The version a client read, required for every change so nobody overwrites an edit they have not seen. */
    public static int version(FieldErrors errors, String value) {
        Optional<String> text = trimmed(value);
        if (text.isEmpty()) {
            errors.add("version", "transfer.validation.version");
            return -1;
        }
        try {
            int version = Integer.parseInt(text.get());
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("version", "transfer.validation.version");
        return -1;
    }
}
