package jp.tomoni.groups;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jp.tomoni.shared.JapaneseText;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A group of any kind. The index name carries a version: change it with the mapping, and the index is rebuilt
 * from the table at the next start ({@code SearchIndexInitializer}). Its review is a small state machine: registered → PENDING; a coordinator approves
 * (APPROVED) or returns it with a reason (RETURNED); the applicant's change to a returned group submits it again.
 * A coordinator may suspend a public group (SUSPENDED) and reinstate it, or remove it (REMOVED, kept as a record).
 */
@Entity(name = "CivicGroup")
@Indexed(index = "group-v3")
@Table(name = "civic_group")
class Group {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@FullTextField(analyzer = "japanese", projectable = Projectable.YES)
	@FullTextField(name = "nameReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "nameNgram", analyzer = "ngram", norms = Norms.NO)
	@Column(nullable = false, length = 200)
	private String name;

	@FullTextField(analyzer = "ngram", projectable = Projectable.YES, norms = Norms.NO)
	@KeywordField(name = "nameKanaSort", normalizer = "sort", sortable = Sortable.YES)
	@Column(name = "name_kana", nullable = false, length = 400)
	private String nameKana;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(name = "kind_code", nullable = false, length = 40)
	private String kindCode;

	@KeywordField
	@Column(name = "corporate_number", length = 13)
	private String corporateNumber;

	@GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
	@Column(nullable = false, length = 2000)
	private String purpose;

	@Column(length = 4000)
	private String activities;

	@Column(length = 2000)
	private String offers;

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

	@Column(name = "moderation_reason", length = 2000)
	private String moderationReason;

	@Column(name = "moderated_at")
	private Instant moderatedAt;

	/** When its administrator last confirmed the profile, or changed it (情報更新確認). */
	@Column(name = "confirmed_at")
	private Instant confirmedAt;

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

	@Embedded
	private GroupDetailsColumns details;

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
	 * The group's place in 五十音順: its フリガナ without spaces, then its id, so that no two groups tie and a page can
	 * start after any key ({@link GroupDirectory#search}, cursor paging at any depth).
	 */
	@KeywordField(name = "kanaKey", sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "nameKana")))
	String getKanaKey() {
		return kanaKey(nameKana, id);
	}

	static String kanaKey(String kana, Long id) {
		return kanaPrefix(kana) + " " + String.format("%019d", id == null ? 0 : id);
	}

	/** The part of a key a reading gives: NFKC, katakana, lower case, no spaces. */
	static String kanaPrefix(String kana) {
		return JapaneseText.toKatakana(JapaneseText.normalize(kana)).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
	}

	/** The categories of what the group offers (facet {@code offers}). */
	@KeywordField(name = "offers", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "details")))
	List<String> getOfferKinds() {
		return GroupDetailsColumns.offerKinds(details);
	}

	/** The categories of what the group seeks (facet {@code seeks}). */
	@KeywordField(name = "seeks", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "details")))
	List<String> getSeekKinds() {
		return GroupDetailsColumns.seekKinds(details);
	}

	/**
	 * The group's texts searched as one: purpose, activities, what it offers and seeks. One field per analyser
	 * instead of one per text keeps a query to a few clauses per word (see docs/performance.md); the name has its
	 * own fields so that a match in the name ranks first.
	 */
	@FullTextField(name = "text", analyzer = "japanese")
	@FullTextField(name = "textReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "textNgram", analyzer = "ngram", norms = Norms.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "purpose")),
			@ObjectPath(@PropertyValue(propertyName = "activities")),
			@ObjectPath(@PropertyValue(propertyName = "offers")),
			@ObjectPath(@PropertyValue(propertyName = "seeks")) })
	String getSearchText() {
		return Stream.of(purpose, activities, offers, seeks)
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
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
		group.confirmedAt = now;
		return group;
	}

	/** The applicant's change; a returned group is submitted again with it. */
	void change(GroupCommand command, Instant now) {
		apply(command, now);
		confirmedAt = now;
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

	/** 一時停止: a public group is hidden until a coordinator reinstates it. */
	void suspend(String reason, Instant now) {
		if (status != GroupStatus.APPROVED) {
			throw new GroupRuleViolation("status", "group.lifecycle.notApproved");
		}
		status = GroupStatus.SUSPENDED;
		moderationReason = reason;
		moderatedAt = now;
	}

	/** 削除: a public or suspended group is removed; the row stays for the record. */
	void remove(String reason, Instant now) {
		if (status != GroupStatus.APPROVED && status != GroupStatus.SUSPENDED) {
			throw new GroupRuleViolation("status", "group.lifecycle.notRemovable");
		}
		status = GroupStatus.REMOVED;
		moderationReason = reason;
		moderatedAt = now;
	}

	/** A suspended group is public again. */
	void reinstate(Instant now) {
		if (status != GroupStatus.SUSPENDED) {
			throw new GroupRuleViolation("status", "group.lifecycle.notSuspended");
		}
		status = GroupStatus.APPROVED;
		moderationReason = null;
		moderatedAt = now;
	}

	/** 情報更新確認: the administrator confirms that the profile is current. */
	void confirmCurrent(Instant now) {
		if (status == GroupStatus.REMOVED) {
			throw new GroupRuleViolation("status", "group.lifecycle.removed");
		}
		confirmedAt = now;
	}

	boolean isRemoved() {
		return status == GroupStatus.REMOVED;
	}

	Instant confirmedAt() {
		return confirmedAt;
	}

	String moderationReason() {
		return moderationReason;
	}

	Instant moderatedAt() {
		return moderatedAt;
	}

	String kindCode() {
		return kindCode;
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
		this.details = GroupDetailsColumns.of(command.details());
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

	/** Who registered (or imported) the group; it grants nothing (docs/decisions/0018). */
	Long ownerAccountId() {
		return ownerAccountId;
	}

	String name() {
		return name;
	}

	/** The contact address whatever its visibility: for the contact relay, which never shows it. */
	String contactEmail() {
		return contactEmail;
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
				contactPhone, contactPhoneVisibility, GroupDetailsColumns.toDetails(details));
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
				staffView ? (moderationReason != null ? moderationReason : returnReason) : null, staffView,
				GroupDetailsColumns.toDetails(details));
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
