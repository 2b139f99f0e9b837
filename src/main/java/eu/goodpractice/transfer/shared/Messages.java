package eu.goodpractice.transfer.shared;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** UI text in the current user's language. */
public interface Messages {
    String text(String key, Serializable... arguments);

    /** The current user's language, for text the app does not translate itself (country names). */
    Locale locale();

    /** The texts for several keys at once, keyed by the i18n key, for templates and scripts. */
    default Map<String, String> texts(Iterable<String> keys) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : keys) {
            texts.put(key, text(key));
        }
        return texts;
    }
}
