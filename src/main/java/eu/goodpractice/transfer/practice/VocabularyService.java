package eu.goodpractice.transfer.practice;

import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A space's vocabularies: the shipped terms, then the space's own. A space administrator may rename, add and retire
 * terms; a retired term stays for the practices that use it but is no longer offered.
 */
public class VocabularyService implements Vocabularies {
    static final int MAX_TERMS = 100;
    /** The longest key the storage holds (a term's key, and a practice's theme). */
    static final int KEY_LENGTH = 100;

    private final PracticeStore store;
    private final AccessPolicy access;

    public VocabularyService(PracticeStore store, AccessPolicy access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public List<Term> terms(String spaceKey, VocabularyKind kind) {
        Map<String, Term> terms = new LinkedHashMap<>();
        kind.shippedTerms().forEach(key -> terms.put(key, new Term(key, null, false)));
        store.customTerms(spaceKey, kind).forEach(term -> terms.put(term.key(), term));
        return List.copyOf(terms.values());
    }

    /** The terms as readers of the space see them, shipped ones first, retired ones included; needs view permission. */
    public List<Term> read(String spaceKey, VocabularyKind kind) {
        if (!access.canView(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-view-permission");
        }
        return terms(spaceKey, kind);
    }

    /** Replaces the space's terms; a term without key gets one made from its name. Space administrators only. */
    public List<Term> replace(String spaceKey, VocabularyKind kind, List<Term> wanted) {
        if (!access.canAdminister(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-admin-permission");
        }
        FieldErrors errors = new FieldErrors();
        if (wanted.size() > MAX_TERMS) {
            errors.add("terms", "transfer.validation.too-many", MAX_TERMS);
        }
        List<Term> custom = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Term term : wanted) {
            String label = term.customLabel() == null ? null : term.customLabel().strip();
            String key = term.key() == null || term.key().isBlank() ? keyOf(label) : term.key().strip();
            if (key.isEmpty() || key.length() > KEY_LENGTH || label != null && label.length() > 255
                    || keys.contains(key)) {
                errors.add("terms", "transfer.validation.terms");
                continue;
            }
            keys.add(key);
            boolean shipped = kind.shippedTerms().contains(key);
            if (!shipped && (label == null || label.isEmpty())) {
                errors.add("terms", "transfer.validation.terms");
                continue;
            }
            if (!shipped || label != null && !label.isEmpty() || term.retired()) {
                custom.add(new Term(key, label == null || label.isEmpty() ? null : label, term.retired()));
            }
        }
        for (String shipped : kind.shippedTerms()) {
            if (!keys.contains(shipped)) {
                // a shipped term left out is retired, never deleted: practices may use it
                custom.add(new Term(shipped, null, true));
            }
        }
        for (Term existing : store.customTerms(spaceKey, kind)) {
            if (!keys.contains(existing.key()) && !kind.shippedTerms().contains(existing.key())) {
                // the space's own term too: left out means retired, so practices using it stay valid
                custom.add(new Term(existing.key(), existing.customLabel(), true));
            }
        }
        errors.throwIfAny();
        store.saveCustomTerms(spaceKey, kind, custom);
        return terms(spaceKey, kind);
    }

    /** "Green Skills & Jobs" becomes "green-skills-jobs"; a long name's key is cut to what the storage holds. */
    static String keyOf(String label) {
        if (label == null) {
            return "";
        }
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH).replaceAll("-+$", "");
    }
}
