package jp.tomoni.proposals;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Staff record a prior consultation held: the request it answers, or the group (when nobody asked online); the day,
 * who met the group, the department brought in, and a summary for staff.
 */
record ConsultationRecordForm(@Nullable Long requestId, @Nullable Long groupId, @NotBlank @Nullable String heldOn,
		@NotBlank @Size(max = 200) @Nullable String staffName, @Nullable String departmentCode,
		@NotBlank @Size(max = 4000) @Nullable String summary, @Size(max = 1000) @Nullable String topic) {

	static ConsultationRecordForm empty() {
		return new ConsultationRecordForm(null, null, "", "", "", "", "");
	}

	void checkIn(Errors errors) {
		if (!CallForm.blank(heldOn) && CallForm.date(heldOn) == null) {
			errors.rejectValue("heldOn", "proposalCall.date.invalid",
					new Object[] { new DefaultMessageSourceResolvable("recordForm.heldOn") }, null);
		}
		if (requestId == null && groupId == null) {
			errors.rejectValue("groupId", "proposal.consultation.groupRequired");
		}
	}

	PriorConsultation.Record toRecord() {
		LocalDate day = CallForm.date(heldOn);
		return new PriorConsultation.Record(day == null ? LocalDate.MIN : day, CallForm.text(staffName),
				CallForm.blank(departmentCode) ? null : CallForm.text(departmentCode), CallForm.text(summary),
				CallForm.blank(topic) ? null : CallForm.text(topic));
	}
}
