package jp.tomoni.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What is recorded of a consultation, checked by {@link Consultations}. */
record ConsultationCommand(String deskCode, LocalDate consultedOn, Channel channel, ConsulterKind consulterKind,
		@Nullable String consulterName, @Nullable String consulterContact, Set<String> topicCodes, String summary,
		@Nullable String actionTaken, List<Referral> referrals, @Nullable LocalDate followUpOn) {

	ConsultationCommand {
		topicCodes = Set.copyOf(topicCodes);
		referrals = List.copyOf(referrals);
	}
}
