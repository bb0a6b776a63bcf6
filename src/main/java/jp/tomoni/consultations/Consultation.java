package jp.tomoni.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One consultation as the desk logged it. The consulter's name and contact and the summary are personal
 * information: only staff see them, on the record's own page, and each view is audited; lists, counts and the CSV
 * carry none of them.
 */
@Entity
@Table(name = "consultation")
class Consultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "desk_code", nullable = false, length = 40)
	private String deskCode;

	@Column(name = "consulted_on", nullable = false)
	private LocalDate consultedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "consulter_kind", nullable = false, length = 20)
	private ConsulterKind consulterKind;

	@Column(name = "consulter_name", length = 200)
	private @Nullable String consulterName;

	@Column(name = "consulter_contact", length = 300)
	private @Nullable String consulterContact;

	@ElementCollection
	@CollectionTable(name = "consultation_topic_choice", joinColumns = @JoinColumn(name = "consultation_id"))
	@Column(name = "topic_code", length = 40)
	private Set<String> topicCodes = new LinkedHashSet<>();

	@Column(nullable = false, length = 4000)
	private String summary;

	@Column(name = "action_taken", length = 4000)
	private @Nullable String actionTaken;

	@ElementCollection
	@CollectionTable(name = "consultation_referral", joinColumns = @JoinColumn(name = "consultation_id"))
	@OrderColumn(name = "line_no")
	private List<Referral> referrals = new ArrayList<>();

	@Column(name = "follow_up_on")
	private @Nullable LocalDate followUpOn;

	@Column(name = "recorded_by", nullable = false)
	private long recordedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Consultation() {
	}

	Consultation(String municipalityCode, ConsultationCommand command, long recordedBy, Instant now) {
		this.municipalityCode = municipalityCode;
		this.recordedBy = recordedBy;
		this.createdAt = now;
		apply(command, now);
	}

	void apply(ConsultationCommand command, Instant now) {
		this.deskCode = command.deskCode();
		this.consultedOn = command.consultedOn();
		this.channel = command.channel();
		this.consulterKind = command.consulterKind();
		this.consulterName = command.consulterName();
		this.consulterContact = command.consulterContact();
		this.topicCodes.clear();
		this.topicCodes.addAll(command.topicCodes());
		this.summary = command.summary();
		this.actionTaken = command.actionTaken();
		this.referrals.clear();
		this.referrals.addAll(command.referrals());
		this.followUpOn = command.followUpOn();
		this.updatedAt = now;
	}

	ConsultationCommand values() {
		return new ConsultationCommand(deskCode, consultedOn, channel, consulterKind, consulterName, consulterContact,
				Set.copyOf(topicCodes), summary, actionTaken, List.copyOf(referrals), followUpOn);
	}

	long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	String deskCode() {
		return deskCode;
	}

	LocalDate consultedOn() {
		return consultedOn;
	}

	Channel channel() {
		return channel;
	}

	ConsulterKind consulterKind() {
		return consulterKind;
	}

	Set<String> topicCodes() {
		return Set.copyOf(topicCodes);
	}

	List<Referral> referrals() {
		return List.copyOf(referrals);
	}

	@Nullable LocalDate followUpOn() {
		return followUpOn;
	}

	long recordedBy() {
		return recordedBy;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}
}
