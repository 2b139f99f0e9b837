package eu.goodpractice.transfer.portability.ao;

import java.util.List;
import java.util.Map;
import net.java.ao.Entity;

/**
 * One kind of record in a data file: its table, how the space's rows are found, the properties that identify a
 * record without its key (a practice by its page, a vocabulary term by kind and key), and the properties that refer
 * to pages or to records of earlier sections.
 */
record Section(String name, Class<? extends Entity> entity, Scope scope, List<String> naturalKey,
               Map<String, Reference> references) {

    /** How a space's rows are found. */
    enum Scope {
        /** by their SPACE_KEY column; the file leaves the space out and an import writes the target's */
        SPACE("spaceKey"),
        /** by PAGE_ID among the space's practice and assessment pages */
        PAGES("pageId"),
        /** by PLAN_ID among the space's action plans */
        PLANS("planId");

        final String property;

        Scope(String property) {
            this.property = property;
        }
    }

    /** A property that refers to something else, which a file names in its own terms. */
    record Reference(Kind kind, String section) {
        static Reference ownPage() {
            return new Reference(Kind.OWN_PAGE, null);
        }

        static Reference page() {
            return new Reference(Kind.PAGE, null);
        }

        static Reference pages() {
            return new Reference(Kind.PAGE_LIST, null);
        }

        static Reference row(String section) {
            return new Reference(Kind.ROW, section);
        }

        static Reference rows(String section) {
            return new Reference(Kind.ROW_LIST, section);
        }
    }

    enum Kind {
        /** the page the record belongs to: without it the record is left out */
        OWN_PAGE,
        /** a page the record links to: without it the link is dropped */
        PAGE,
        /** pages between commas ({@code ,101,102,}) */
        PAGE_LIST,
        /** a record of an earlier section, by id; the file names it by key */
        ROW,
        /** records of an earlier section, ids between commas */
        ROW_LIST
    }
}
