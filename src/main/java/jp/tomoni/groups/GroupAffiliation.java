package jp.tomoni.groups;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group's membership of an umbrella group (自治会 → 自治会連合会, member group → コミュニティ協議会). */
@Entity
@Table(name = "group_affiliation")
class GroupAffiliation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "member_group_id", nullable = false)
	private Long memberGroupId;

	@Column(name = "umbrella_group_id", nullable = false)
	private Long umbrellaGroupId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AffiliationStatus status;

	@Column(name = "since_date")
	private LocalDate since;

	@Column(name = "requested_by")
	private Long requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected GroupAffiliation() {
	}

	GroupAffiliation(long memberGroupId, long umbrellaGroupId, Long requestedBy, Instant now) {
		if (memberGroupId == umbrellaGroupId) {
			throw new GroupRuleViolation("umbrellaId", "groupMembers.affiliation.self");
		}
		this.memberGroupId = memberGroupId;
		this.umbrellaGroupId = umbrellaGroupId;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		this.status = AffiliationStatus.REQUESTED;
	}

	void confirm(LocalDate today, Instant now) {
		if (status == AffiliationStatus.CONFIRMED) {
			throw new GroupRuleViolation("umbrellaId", "groupMembers.affiliation.alreadyConfirmed");
		}
		status = AffiliationStatus.CONFIRMED;
		since = today;
		confirmedAt = now;
	}

	boolean isConfirmed() {
		return status == AffiliationStatus.CONFIRMED;
	}

	void forget(long accountId) {
		if (requestedBy != null && requestedBy == accountId) {
			requestedBy = null;
		}
	}

	Long id() {
		return id;
	}

	Long memberGroupId() {
		return memberGroupId;
	}

	Long umbrellaGroupId() {
		return umbrellaGroupId;
	}

	AffiliationStatus status() {
		return status;
	}

	LocalDate since() {
		return since;
	}
}
