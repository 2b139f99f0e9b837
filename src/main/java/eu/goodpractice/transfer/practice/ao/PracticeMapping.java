package eu.goodpractice.transfer.practice.ao;

import eu.goodpractice.transfer.practice.InnovationType;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.PracticeTransition;
import eu.goodpractice.transfer.practice.StatusChange;
import eu.goodpractice.transfer.shared.Audit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Rows to records and back, so no entity leaves the storage package. */
final class PracticeMapping {
    private PracticeMapping() {
    }

    static Practice practice(AoPractice row) {
        PracticeProfile profile = new PracticeProfile(row.getSummary(), row.getInstitution(), row.getCountry(),
                row.getRegion(), row.getTheme(), list(row.getTargetGroups()),
                list(row.getEqfLevels()).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new)),
                row.getSector(), row.getInnovationType() == null ? null : InnovationType.valueOf(row.getInnovationType()),
                date(row.getStartDate()), date(row.getEndDate()), row.isOngoing(), row.getPageLanguage(),
                row.getEnglishSummary());
        return new Practice(row.getPageId(), row.getSpaceKey(), row.getTitle(), profile,
                PracticeStatus.valueOf(row.getStatus()), row.isTrashed(),
                new Audit(row.getCreatedBy(), row.getCreatedAt().toInstant(), row.getUpdatedBy(),
                        row.getUpdatedAt().toInstant(), row.getLockVersion()));
    }

    static StatusChange change(AoStatusChange row) {
        return new StatusChange(PracticeTransition.valueOf(row.getTransition()),
                PracticeStatus.valueOf(row.getFromStatus()), PracticeStatus.valueOf(row.getToStatus()),
                row.getActorKey(), row.getChangedAt().toInstant(), row.getReason());
    }

    static void copyProfile(PracticeProfile profile, AoPractice row) {
        row.setSummary(profile.summary());
        row.setInstitution(profile.institution());
        row.setCountry(profile.country());
        row.setRegion(profile.region());
        row.setTheme(profile.theme());
        row.setTargetGroups(between(profile.targetGroups()));
        row.setEqfLevels(between(profile.eqfLevels()));
        row.setSector(profile.sector());
        row.setInnovationType(profile.innovationType() == null ? null : profile.innovationType().name());
        row.setStartDate(profile.startDate() == null ? null : profile.startDate().toString());
        row.setEndDate(profile.endDate() == null ? null : profile.endDate().toString());
        row.setOngoing(profile.ongoing());
        row.setPageLanguage(profile.language());
        row.setEnglishSummary(profile.englishSummary());
        row.setSearchText(searchText(row.getTitle(), profile));
    }

    /** Lower-case text the list's text filter searches: title, summary, institution, English summary. */
    static String searchText(String title, PracticeProfile profile) {
        return String.join("\n", nonNull(title), nonNull(profile.summary()), nonNull(profile.institution()),
                nonNull(profile.englishSummary())).toLowerCase(Locale.ROOT);
    }

    /** ",a,b," so that "contains b" is a LIKE '%,b,%' on any database; null when empty. */
    static String between(Collection<?> values) {
        return values.isEmpty() ? null
                : "," + values.stream().map(String::valueOf).collect(Collectors.joining(",")) + ",";
    }

    private static List<String> list(String between) {
        return between == null || between.isBlank() ? List.of()
                : Arrays.stream(between.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
