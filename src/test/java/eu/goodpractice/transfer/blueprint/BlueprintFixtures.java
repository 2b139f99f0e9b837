package eu.goodpractice.transfer.blueprint;

import static org.mockito.Mockito.mock;

import com.atlassian.sal.api.message.I18nResolver;
import eu.goodpractice.transfer.platform.SalMessages;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.Vocabularies;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.workbench.host.BundleI18nResolver;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the blueprint tests share: the app's real bundles in a creator's language, vocabularies, wizard answers. */
final class BlueprintFixtures {
    static final String SPACE = "VET";

    private BlueprintFixtures() {
    }

    /** The app's texts as SAL resolves them for a creator who uses Confluence in the given language. */
    static Messages messages(Locale creatorsLanguage) {
        return new SalMessages(new BundleI18nResolver(List.of("i18n/practice-transfer"), () -> creatorsLanguage),
                () -> creatorsLanguage);
    }

    /**
     * SAL's resolver as a German creator meets it, mocked: the given German texts, the German locale,
     * and "[de] key" for the rest (so a test sees which key was asked for), formatted as SAL formats.
     */
    static Messages germanCreator(Map<String, String> germanTexts) {
        I18nResolver resolver = mock(I18nResolver.class, call -> {
            Object[] arguments = call.getArguments();
            String key = (String) arguments[0];
            String pattern = germanTexts.getOrDefault(key, "[de] " + key);
            Object[] values = Arrays.copyOfRange(arguments, 1, arguments.length);
            return values.length == 0 ? pattern : new MessageFormat(pattern, Locale.GERMAN).format(values);
        });
        return new SalMessages(resolver, () -> Locale.GERMAN);
    }

    /** A space that kept the shipped terms. */
    static Vocabularies shippedVocabularies() {
        return (spaceKey, kind) -> shipped(kind);
    }

    static List<Term> shipped(VocabularyKind kind) {
        return kind.shippedTerms().stream().map(key -> new Term(key, null, false)).toList();
    }

    /** The context the create dialog sends: Confluence's keys plus the form's answers, pairs of name and value. */
    static Map<String, Object> context(Object... nameThenValue) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("spaceKey", SPACE);
        context.put("blueprintKey", "eu.goodpractice.practice-transfer:any-blueprint");
        for (int i = 0; i + 1 < nameThenValue.length; i += 2) {
            context.put((String) nameThenValue[i], nameThenValue[i + 1]);
        }
        return context;
    }

    /** A complete, valid answer to the good-practice wizard, with characters that must be escaped. */
    static Map<String, Object> goodPracticeAnswers(String language) {
        return context("title", "Dual mentoring <for> apprentices & trainers",
                "institution", "Berufskolleg K\u00f6ln-S\u00fcd",
                "country", "de",
                "theme", "work-based-learning",
                "targetgroups", "apprentices,in-company-trainers",
                "eqflevels", "3,4",
                "sector", "Metal & electrical",
                "summary", "Each apprentice has two mentors, one at school and one in the company; they meet \"every month\".",
                "language", language);
    }
}
