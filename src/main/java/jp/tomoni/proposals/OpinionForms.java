package jp.tomoni.proposals;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.tomoni.shared.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/** The forms of residents' opinions and of the meetings held on a proposal (decision 0071), kept as typed. */
final class OpinionForms {

	private OpinionForms() {
	}

	/** A resident's opinion: a stance and the text. */
	record OpinionForm(@NotNull @Nullable OpinionStance stance,
			@NotBlank @Size(max = ProposalOpinion.MAX_BODY) @Nullable String body) {

		static OpinionForm empty() {
			return new OpinionForm(null, "");
		}

		static OpinionForm of(Opinions.Mine mine) {
			return new OpinionForm(mine.stance(), mine.body());
		}
	}

	/** The last day of a call's opinion period. */
	record PeriodForm(@Nullable String until) {

		static PeriodForm of(Opinions.Period period) {
			return new PeriodForm(period.until() == null ? "" : period.until().toString());
		}

		@Nullable LocalDate day() {
			return FormValues.date(until);
		}
	}

	/** Staff hide an opinion, saying why. */
	record HideForm(@Nullable String reason) {
	}

	/** A presentation or roundtable held on a proposal. */
	record MeetingForm(@NotNull @Nullable MeetingKind kind, @NotBlank @Nullable String heldOn,
			@Size(max = 200) @Nullable String place, @NotBlank @Size(max = 1000) @Nullable String participants,
			@NotBlank @Size(max = 4000) @Nullable String summary) {

		static MeetingForm empty() {
			return new MeetingForm(null, "", "", "", "");
		}

		void checkIn(Errors errors) {
			if (!FormValues.blank(heldOn) && FormValues.date(heldOn) == null) {
				errors.rejectValue("heldOn", "proposalCall.date.invalid",
						new Object[] { new DefaultMessageSourceResolvable("meetingForm.heldOn") }, null);
			}
		}

		Opinions.MeetingRecord toRecord() {
			LocalDate day = FormValues.date(heldOn);
			return new Opinions.MeetingRecord(kind == null ? MeetingKind.PRESENTATION : kind,
					day == null ? LocalDate.MIN : day, FormValues.orNull(place), FormValues.text(participants),
					FormValues.text(summary));
		}
	}
}
