package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.Messages;
import java.util.Locale;

/** The words for the log's fixed values in the reader's language: types, result categories, countries, languages. */
public class DisseminationLabels {
    private final Messages messages;

    public DisseminationLabels(Messages messages) {
        this.messages = messages;
    }

    public String type(DisseminationType type) {
        return messages.text(typeKey(type));
    }

    public String category(ResultCategory category) {
        return category == null ? "" : messages.text(categoryKey(category));
    }

    public String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(messages.locale());
    }

    public String language(String code) {
        return code == null ? "" : new Locale(code).getDisplayLanguage(messages.locale());
    }

    /** The words for a link's check, e.g. "Dead link (HTTP 404)"; empty for a link never checked. */
    public String linkCheck(LinkCheck check) {
        if (check.checkedAt() == null) {
            return "";
        }
        String code = check.httpCode() == null ? "" : "HTTP " + check.httpCode();
        String detail = check.reason() == null ? code : messages.text(reasonKey(check.reason()));
        return messages.text(statusKey(check.status()), detail);
    }

    public static String typeKey(DisseminationType type) {
        return "transfer.dissemination.type." + slug(type);
    }

    public static String categoryKey(ResultCategory category) {
        return "transfer.dissemination.category." + slug(category);
    }

    static String statusKey(LinkStatus status) {
        return "transfer.dissemination.link." + slug(status);
    }

    static String reasonKey(LinkReason reason) {
        return "transfer.dissemination.link.reason." + slug(reason);
    }

    public static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
