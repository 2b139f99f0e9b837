package eu.goodpractice.transfer.engagement.ao;

import eu.goodpractice.transfer.engagement.Engagement;
import eu.goodpractice.transfer.engagement.EngagementDraft;
import eu.goodpractice.transfer.engagement.EngagementFormat;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderContact;
import eu.goodpractice.transfer.engagement.StakeholderDraft;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.shared.Audit;
import java.time.LocalDate;
import java.util.Locale;

/** Turns rows into domain records and drafts into column values, so no entity leaves this package. */
final class EngagementMapping {
    private EngagementMapping() {
    }

    static Stakeholder stakeholder(AoStakeholder row) {
        StakeholderContact contact = row.getContactName() == null ? null
                : new StakeholderContact(row.getContactName(), row.getContactRole(), row.getContactEmail(),
                row.getConsentBy(), row.getConsentDate() == null ? null : LocalDate.parse(row.getConsentDate()),
                row.getConsentPurpose());
        return new Stakeholder(row.getID(), row.getSpaceKey(), row.getOrganisation(),
                StakeholderType.valueOf(row.getOrgType()), StakeholderLevel.valueOf(row.getReach()), row.getCountry(),
                contact, row.isRetired(), new Audit(row.getCreatedBy(), row.getCreatedAt().toInstant(),
                row.getUpdatedBy(), row.getUpdatedAt().toInstant(), row.getLockVersion()));
    }

    static void copy(StakeholderDraft draft, AoStakeholder row) {
        row.setSpaceKey(draft.spaceKey());
        row.setOrganisation(draft.organisation());
        row.setSortName(draft.organisation().toLowerCase(Locale.ROOT));
        row.setOrgType(draft.type().name());
        row.setReach(draft.level().name());
        row.setCountry(draft.country());
        StakeholderContact contact = draft.contact();
        row.setContactName(contact == null ? null : contact.name());
        row.setContactRole(contact == null ? null : contact.role());
        row.setContactEmail(contact == null ? null : contact.email());
        row.setConsentBy(contact == null ? null : contact.consentBy());
        row.setConsentDate(contact == null || contact.consentDate() == null ? null : contact.consentDate().toString());
        row.setConsentPurpose(contact == null ? null : contact.consentPurpose());
        row.setRetired(draft.retired());
    }

    static Engagement engagement(AoEngagement row) {
        return new Engagement(row.getID(), row.getSpaceKey(), LocalDate.parse(row.getEngagedOn()),
                LinkedIds.parse(row.getStakeholderIds(), Integer::valueOf), EngagementFormat.valueOf(row.getFormat()),
                row.getTopic(), row.getOutcome(), row.getFollowUp(), LinkedIds.parse(row.getPracticePageIds()),
                LinkedIds.parse(row.getActionStepIds(), Integer::valueOf), new Audit(row.getCreatedBy(),
                row.getCreatedAt().toInstant(), row.getUpdatedBy(), row.getUpdatedAt().toInstant(),
                row.getLockVersion()));
    }

    static void copy(EngagementDraft draft, AoEngagement row) {
        row.setSpaceKey(draft.spaceKey());
        row.setEngagedOn(draft.date().toString());
        row.setStakeholderIds(LinkedIds.join(draft.stakeholderIds()));
        row.setFormat(draft.format().name());
        row.setTopic(draft.topic());
        row.setOutcome(draft.outcome());
        row.setFollowUp(draft.followUp());
        row.setPracticePageIds(LinkedIds.joinOrNull(draft.practicePageIds()));
        row.setActionStepIds(LinkedIds.joinOrNull(draft.actionStepIds()));
    }

}
