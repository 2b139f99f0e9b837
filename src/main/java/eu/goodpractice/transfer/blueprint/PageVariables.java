package eu.goodpractice.transfer.blueprint;

import eu.goodpractice.transfer.shared.Messages;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The variables a content template's {@code <at:var>} elements print, built on the context Confluence passed in
 * (so its own keys stay). Confluence escapes a variable unless the template marks it {@code at:rawxhtml}; user input
 * therefore goes in as plain text, and only {@link #markup} (the app's own markup from translated text) is raw.
 * Headings and guidance are translated here, in the creator's language, because {@code <at:i18n>} in templates is
 * not documented anywhere we could verify.
 */
final class PageVariables {
    /** The context key Confluence takes the new page's title from. */
    static final String PAGE_TITLE = "ContentPageTitle";

    private final Map<String, Object> variables;
    private final Messages messages;

    /** Pairs of variable name and i18n key, in the order given; keys stay literal so the i18n checks find them. */
    static Map<String, String> keysByVariable(String... variableThenKey) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i + 1 < variableThenKey.length; i += 2) {
            keys.put(variableThenKey[i], variableThenKey[i + 1]);
        }
        return Collections.unmodifiableMap(keys);
    }

    PageVariables(Map<String, Object> context, Messages messages) {
        this.variables = new LinkedHashMap<>(context);
        this.messages = messages;
    }

    PageVariables title(String title) {
        variables.put(PAGE_TITLE, title);
        return this;
    }

    /** A value as the user gave it, absent as empty: the template prints it escaped. */
    PageVariables value(String name, String value) {
        variables.put(name, value == null ? "" : value);
        return this;
    }

    /** Translated texts by variable name, every one formatted with the same arguments. */
    PageVariables texts(Map<String, String> keysByVariable, Serializable... arguments) {
        keysByVariable.forEach((name, key) -> variables.put(name, text(key, arguments)));
        return this;
    }

    /** Storage-format markup the app wrote itself, for an {@code at:rawxhtml} variable; never user input. */
    PageVariables markup(String name, String xhtml) {
        variables.put(name, xhtml);
        return this;
    }

    String text(String key, Serializable... arguments) {
        return messages.text(key, arguments);
    }

    /** A country's name in the creator's language, as the practice card names it: DE is "Deutschland" in German. */
    String countryName(String code) {
        return new Locale("", code).getDisplayCountry(messages.locale());
    }

    Map<String, Object> map() {
        return variables;
    }
}
