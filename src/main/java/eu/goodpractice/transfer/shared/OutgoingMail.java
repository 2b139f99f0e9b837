package eu.goodpractice.transfer.shared;

/** One e-mail as the app composes it: an HTML body whose user text is already escaped. */
public record OutgoingMail(String to, String subject, String htmlBody) {
}
