package eu.goodpractice.transfer.shared;

import java.io.Serializable;
import java.util.Locale;

/** UI text in a language named by the caller, for mail written to someone who is not the current user. */
public interface Translations {
    String text(Locale locale, String key, Serializable... arguments);
}
