package jp.tomoni.events;

/**
 * Who acts on an event.
 *
 * @param accountId the signed-in person
 * @param staff whether they publish for anyone and review (coordinator, city staff, administrator)
 */
public record EventActor(long accountId, boolean staff) {
}
