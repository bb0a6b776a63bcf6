package jp.tomoni.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One referral of a consultation: the kind of target (a university, a department …) and its name. */
@Embeddable
record Referral(@Enumerated(EnumType.STRING) @Column(name = "target_type", nullable = false, length = 20) ReferralTarget targetType,
		@Column(name = "target_name", nullable = false, length = 200) String targetName) {
}
