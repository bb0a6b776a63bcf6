package jp.tomoni.talent;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An introduction to record: the kind, to whom (a group, a department, a person, as the coordinator names them), for
 * what, on which day, and the need or offer of the matching module it answers, if any.
 */
public record IntroductionCommand(IntroductionKind kind, String recipient, String purpose, LocalDate introducedOn,
		@Nullable Long matchPostId) {
}
