package jp.tomoni.registrations;

import org.jspecify.annotations.Nullable;

/**
 * What a resident enters when registering for a date.
 *
 * @param people how many people come (1 unless they say otherwise), counted against the capacity
 * @param note 連絡事項 and accessibility needs (配慮が必要なこと), or {@code null}; shown to the organisers only
 */
public record RegistrationCommand(int people, @Nullable String note) {
}
