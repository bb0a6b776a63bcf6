package jp.tomoni.groups;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A group of any kind. The index name carries a version: change it with the mapping, and the index is rebuilt
 * from the table at the next start ({@code SearchIndexInitializer}). Its review is a small state machine: registered → PENDING; a coordinator approves
 * (APPROVED) or returns it with a reason (RETURNED); the applicant's change to a returned group submits it again.
 */
@Entity(name = "CivicGroup")
@Indexed(index = "group-v2")
@Table(name = "civic_group")
class Group {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@FullTextField(analyzer = "japanese", projectable = Projectable.YES)
	@FullTextField(name = "nameReading", analyzer = "japanese_reading")
	@FullTextField(name = "nameNgram", analyzer = "ngram")
	@Column(nullable = false, length = 200)
	private String name;

	@FullTextField(analyzer = "ngram", projectable = Projectable.YES)
	@KeywordField(name = "nameKanaSort", normalizer = "sort", sortable = Sortable.YES)
	@Column(name = "name_kana", nullable = false, length = 400)
	private String nameKana;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(name = "kind_code", nullable = false, length = 40)
	private String kindCode;

	@KeywordField
	@Column(name = "corporate_number", length = 13)
	private String corporateNumber;

	@FullTextField(analyzer = "japanese", projectable = Projectable.YES)
	@FullTextField(name = "purposeReading", analyzer = "japanese_reading")
	@FullTextField(name = "purposeNgram", analyzer = "ngram")
	@Column(nullable = false, length = 2000)
	private String purpose;

	@FullTextField(analyzer = "japanese")
	@FullTextField(name = "activitiesReading", analyzer = "japanese_reading")
	@FullTextField(name = "activitiesNgram", analyzer = "ngram")
	@Column(length = 4000)
	private String activities;

	@FullTextField(analyzer = "japanese")
	@Column(length = 2000)
	private String offers;

	@FullTextField(analyzer = "japanese")
	@Column(length = 2000)
	private String seeks;

	@GenericField(aggregable = Aggregable.YES)
	@Column(name = "accepts_volunteers", nullable = false)
	private boolean acceptsVolunteers;

	@Column(length = 500)
	private String website;

	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_email_visibility", nullable = false, length = 20)
	private Visibility contactEmailVisibility;

	@Column(name = "contact_phone", length = 30)
	private String contactPhone;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_phone_visibility", nullable = false, length = 20)
	private Visibility contactPhoneVisibility;

	@KeywordField(projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private GroupStatus status;

	@Column(name = "return_reason", length = 2000)
	private String returnReason;

	/** Who registered the group; what they may do follows from their membership (docs/decisions/0018). */
	@Column(name = "owner_account_id", nullable = false)
	private Long ownerAccountId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Version
	private long version;

	@KeywordField(name = "fields", aggregable = Aggregable.YES, projectable = Projectable.YES)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "civic_group_field", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "field_code", length = 2)
	private Set<String> fieldCodes = new HashSet<>();

	@KeywordField(name = "areas", aggregable = Aggregable.YES, projectable = Projectable.YES)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "civic_group_area", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "area_code", length = 40)
	private Set<String> areaCodes = new HashSet<>();

	protected Group() {
	}

	/**
	 * A group registered by a signed-in person, who becomes its first administrator ({@link GroupMembers}); it waits
	 * for review. {@code ownerAccountId} only records who registered it and grants nothing.
	 */
	static Group register(String municipalityCode, long ownerAccountId, GroupCommand command, Instant now) {
		Group group = new Group();
		group.municipalityCode = municipalityCode;
		group.ownerAccountId = ownerAccountId;
		group.createdAt = now;
		group.apply(command, now);
		group.status = GroupStatus.PENDING;
		group.submittedAt = now;
		return group;
	}

	/** The applicant's change; a returned group is submitted again with it. */
	void change(GroupCommand command, Instant now) {
		apply(command, now);
		if (status == GroupStatus.RETURNED) {
			status = GroupStatus.PENDING;
			submittedAt = now;
		}
	}

	void approve(Instant now) {
		if (status != GroupStatus.PENDING) {
			throw new GroupRuleViolation("status", "group.review.notPending");
		}
		status = GroupStatus.APPROVED;
		returnReason = null;
		approvedAt = now;
		updatedAt = now;
	}

	void returnToApplicant(String reason, Instant now) {
		if (status != GroupStatus.PENDING) {
			throw new GroupRuleViolation("status", "group.review.notPending");
		}
		status = GroupStatus.RETURNED;
		returnReason = reason;
		updatedAt = now;
	}

	private void apply(GroupCommand command, Instant now) {
		this.name = command.name();
		this.nameKana = command.nameKana();
		this.kindCode = command.kindCode();
		this.corporateNumber = command.corporateNumber();
		this.purpose = command.purpose();
		this.activities = command.activities();
		this.offers = command.offers();
		this.seeks = command.seeks();
		this.acceptsVolunteers = command.acceptsVolunteers();
		this.website = command.website();
		this.contactEmail = command.contactEmail();
		this.contactEmailVisibility = command.contactEmailVisibility();
		this.contactPhone = command.contactPhone();
		this.contactPhoneVisibility = command.contactPhoneVisibility();
		this.fieldCodes.clear();
		this.fieldCodes.addAll(command.fieldCodes());
		this.areaCodes.clear();
		this.areaCodes.addAll(command.areaCodes());
		this.updatedAt = now;
	}

	boolean isApproved() {
		return status == GroupStatus.APPROVED;
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	Long ownerAccountId() {
		return ownerAccountId;
	}

	String name() {
		return name;
	}

	GroupStatus status() {
		return status;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	GroupCommand toCommand() {
		return new GroupCommand(name, nameKana, kindCode, corporateNumber, Set.copyOf(fieldCodes), Set.copyOf(areaCodes),
				purpose, activities, offers, seeks, acceptsVolunteers, website, contactEmail, contactEmailVisibility,
				contactPhone, contactPhoneVisibility);
	}

	GroupSummary toSummary() {
		return new GroupSummary(id, name, nameKana, kindCode, fieldCodes.stream().sorted().toList(),
				areaCodes.stream().sorted().toList(), summary(purpose), updatedAt, status);
	}

	/**
	 * Everything a viewer may see: contact details only where their visibility allows it.
	 *
	 * @param administrator whether the viewer is one of the group's administrators (see {@link GroupMembers})
	 */
	GroupProfile toProfile(Viewer viewer, boolean administrator) {
		boolean staffView = viewer.staff() || administrator;
		return new GroupProfile(toSummary(), corporateNumber, purpose, activities, offers, seeks, acceptsVolunteers,
				website, visible(contactEmail, contactEmailVisibility, viewer, staffView),
				visible(contactPhone, contactPhoneVisibility, viewer, staffView), createdAt, approvedAt,
				staffView ? returnReason : null, staffView);
	}

	private static String visible(String value, Visibility visibility, Viewer viewer, boolean staffView) {
		if (value == null) {
			return null;
		}
		return switch (visibility) {
			case PUBLIC -> value;
			case SIGNED_IN -> viewer.accountId() != null ? value : null;
			case STAFF -> staffView ? value : null;
		};
	}

	static String summary(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.codePointCount(0, oneLine.length()) <= 120 ? oneLine
				: oneLine.substring(0, oneLine.offsetByCodePoints(0, 119)) + "…";
	}
}
