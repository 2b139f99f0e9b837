package eu.goodpractice.transfer.practice;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves a practice's status may make, who may make them, and whether they need a reason. Editors submit;
 * coordinators validate, return (with a comment), move on to transfer and anchoring, archive and reopen.
 */
public enum PracticeTransition {
    SUBMIT(EnumSet.of(PracticeStatus.DRAFT), PracticeStatus.SUBMITTED, Role.EDITOR, false),
    VALIDATE(EnumSet.of(PracticeStatus.SUBMITTED), PracticeStatus.VALIDATED, Role.COORDINATOR, false),
    RETURN(EnumSet.of(PracticeStatus.SUBMITTED, PracticeStatus.VALIDATED), PracticeStatus.DRAFT, Role.COORDINATOR, true),
    START_TRANSFER(EnumSet.of(PracticeStatus.VALIDATED), PracticeStatus.IN_TRANSFER, Role.COORDINATOR, false),
    ANCHOR(EnumSet.of(PracticeStatus.IN_TRANSFER), PracticeStatus.ANCHORED, Role.COORDINATOR, false),
    ARCHIVE(EnumSet.complementOf(EnumSet.of(PracticeStatus.ARCHIVED)), PracticeStatus.ARCHIVED, Role.COORDINATOR, false),
    REOPEN(EnumSet.of(PracticeStatus.ARCHIVED), PracticeStatus.DRAFT, Role.COORDINATOR, false);

    /** Who may make a transition. */
    public enum Role { EDITOR, COORDINATOR }

    private final Set<PracticeStatus> from;
    private final PracticeStatus to;
    private final Role role;
    private final boolean needsComment;

    PracticeTransition(Set<PracticeStatus> from, PracticeStatus to, Role role, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.needsComment = needsComment;
    }

    public boolean allowedFrom(PracticeStatus status) {
        return from.contains(status);
    }

    public PracticeStatus target() {
        return to;
    }

    public Role role() {
        return role;
    }

    public boolean needsComment() {
        return needsComment;
    }

    /** The transitions open from a status, in declaration order. */
    public static Set<PracticeTransition> from(PracticeStatus status) {
        Set<PracticeTransition> open = EnumSet.noneOf(PracticeTransition.class);
        for (PracticeTransition transition : values()) {
            if (transition.allowedFrom(status)) {
                open.add(transition);
            }
        }
        return open;
    }
}
