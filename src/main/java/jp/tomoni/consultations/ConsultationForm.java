package jp.tomoni.consultations;

import static jp.tomoni.shared.FormValues.blank;
import static jp.tomoni.shared.FormValues.date;
import static jp.tomoni.shared.FormValues.orNull;
import static jp.tomoni.shared.FormValues.padded;
import static jp.tomoni.shared.FormValues.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The form of a consultation, as typed: every value is text, so that a wrong date or a tampered choice comes back
 * with the rest of what was entered (checked by {@link #checkIn}). Referrals are up to {@link #REFERRAL_LINES} lines
 * of a kind and a name; a line with only one of them is refused.
 */
record ConsultationForm(@NotBlank @Nullable String deskCode, @NotBlank @Nullable String consultedOn,
		@NotBlank @Nullable String channel, @NotBlank @Nullable String consulterKind,
		@Size(max = 200) @Nullable String consulterName, @Size(max = 300) @Nullable String consulterContact,
		@NotEmpty @Nullable Set<String> topicCodes, @NotBlank @Size(max = 4000) @Nullable String summary,
		@Size(max = 4000) @Nullable String actionTaken, @Nullable List<@Nullable String> referralTypes,
		@Nullable List<@Size(max = 200) @Nullable String> referralNames, @Nullable String followUpOn) {

	static final int REFERRAL_LINES = 3;

	static ConsultationForm empty(LocalDate today) {
		return new ConsultationForm("", today.toString(), "", "", "", "", Set.of(), "", "", List.of(), List.of(), "");
	}

	static ConsultationForm of(ConsultationCommand c) {
		return new ConsultationForm(c.deskCode(), c.consultedOn().toString(), c.channel().name(),
				c.consulterKind().name(), c.consulterName(), c.consulterContact(), c.topicCodes(), c.summary(),
				c.actionTaken(), c.referrals().stream().map(r -> r.targetType().name()).toList(),
				c.referrals().stream().map(Referral::targetName).toList(),
				c.followUpOn() == null ? "" : c.followUpOn().toString());
	}

	/** The kind of each referral line, padded to {@link #REFERRAL_LINES} for the form. */
	public List<@Nullable String> referralTypeLines() {
		return padded(referralTypes, REFERRAL_LINES);
	}

	public List<@Nullable String> referralNameLines() {
		return padded(referralNames, REFERRAL_LINES);
	}

	/**
	 * What bean validation cannot say: dates that are not dates, choices that are not in their list, referral lines
	 * with a kind and no name or a name and no kind. Each refusal is rejected on its field.
	 */
	void checkIn(Errors errors) {
		if (!blank(consultedOn) && date(consultedOn) == null) {
			errors.rejectValue("consultedOn", "consultation.date.invalid", new Object[] { new DefaultMessageSourceResolvable("consultationForm.consultedOn") }, null);
		}
		if (!blank(followUpOn) && date(followUpOn) == null) {
			errors.rejectValue("followUpOn", "consultation.date.invalid", new Object[] { new DefaultMessageSourceResolvable("consultationForm.followUpOn") }, null);
		}
		if (!blank(channel) && value(Channel.class, channel) == null) {
			errors.rejectValue("channel", "consultation.choice.unknown");
		}
		if (!blank(consulterKind) && value(ConsulterKind.class, consulterKind) == null) {
			errors.rejectValue("consulterKind", "consultation.choice.unknown");
		}
		List<@Nullable String> types = referralTypeLines();
		List<@Nullable String> names = referralNameLines();
		for (int i = 0; i < REFERRAL_LINES; i++) {
			String type = types.get(i);
			if (blank(type) != blank(names.get(i))
					|| (!blank(type) && value(ReferralTarget.class, type) == null)) {
				errors.rejectValue("referralTypes", "consultation.referrals.incomplete", new Object[] { i + 1 }, null);
			}
		}
	}

	/** The values as stored; only after {@link #checkIn} found nothing to refuse. */
	ConsultationCommand toCommand() {
		List<Referral> referrals = new ArrayList<>();
		List<@Nullable String> types = referralTypeLines();
		List<@Nullable String> names = referralNameLines();
		for (int i = 0; i < REFERRAL_LINES; i++) {
			ReferralTarget type = value(ReferralTarget.class, types.get(i));
			String name = names.get(i);
			if (type != null && name != null && !name.isBlank()) {
				referrals.add(new Referral(type, name.strip()));
			}
		}
		return new ConsultationCommand(text(deskCode), date(consultedOn), value(Channel.class, channel),
				value(ConsulterKind.class, consulterKind), orNull(consulterName), orNull(consulterContact),
				topicCodes == null ? Set.of() : topicCodes, text(summary), orNull(actionTaken), referrals,
				date(followUpOn));
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
		if (blank(name)) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
