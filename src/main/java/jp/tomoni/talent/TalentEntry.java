package jp.tomoni.talent;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tomoni.shared.CodeSetConverter;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * One person's entry in the talent bank. Its holder chose who may see it ({@link TalentVisibility}) and gave consent
 * when registering; withdrawing consent ({@link #withdraw}) takes it out of every list and search at once, the
 * introductions already recorded staying with it. Contact details are not kept here: they are the account's, and
 * shown only when both sides of a match agree or to the coordinator who arranges an introduction.
 */
@Entity
@Indexed(index = "talent-v1")
@Table(name = "talent_entry")
class TalentEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@KeywordField(name = "skills", aggregable = Aggregable.YES)
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "skill_codes", nullable = false, length = 1000)
	private Set<String> skillCodes;

	@Column(name = "skills_text", length = 1000)
	private @Nullable String skillsText;

	@Column(length = 1000)
	private @Nullable String qualifications;

	@KeywordField(name = "fields", aggregable = Aggregable.YES)
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "field_codes", nullable = false, length = 200)
	private Set<String> fieldCodes;

	@KeywordField(name = "areas", aggregable = Aggregable.YES)
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "area_codes", nullable = false, length = 1000)
	private Set<String> areaCodes;

	@Column(nullable = false, length = 100)
	private String modes;

	@Column(nullable = false, length = 100)
	private String days;

	@Column(name = "availability_note", length = 200)
	private @Nullable String availabilityNote;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TalentFee fee;

	@Column(length = 2000)
	private @Nullable String introduction;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TalentVisibility visibility;

	@Column(name = "consented_at", nullable = false)
	private Instant consentedAt;

	@Column(name = "withdrawn_at")
	private @Nullable Instant withdrawnAt;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TalentEntry() {
	}

	TalentEntry(String municipalityCode, long accountId, TalentCommand command, Instant now) {
		this.municipalityCode = municipalityCode;
		this.accountId = accountId;
		this.createdAt = now;
		apply(command, now);
	}

	/** Changes the entry; saving it again is consenting again, so a withdrawn entry is listed anew. */
	void apply(TalentCommand command, Instant now) {
		displayName = command.displayName();
		skillCodes = new TreeSet<>(command.skillCodes());
		skillsText = command.skillsText();
		qualifications = command.qualifications();
		fieldCodes = new TreeSet<>(command.fieldCodes());
		areaCodes = new TreeSet<>(command.areaCodes());
		modes = command.modes().stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
		days = command.days().stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
		availabilityNote = command.availabilityNote();
		fee = command.fee();
		introduction = command.introduction();
		visibility = command.visibility();
		consentedAt = now;
		withdrawnAt = null;
		updatedAt = now;
	}

	/** Consent withdrawn: out of every list, search and suggestion from now on. */
	void withdraw(Instant now) {
		if (withdrawnAt == null) {
			withdrawnAt = now;
			updatedAt = now;
		}
	}

	/** Whether the entry is in the bank (consent not withdrawn). */
	@GenericField
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "withdrawnAt")))
	boolean isListed() {
		return withdrawnAt == null;
	}

	@KeywordField(name = "modes", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "modes")))
	Set<TalentMode> getModeSet() {
		return modes.isBlank() ? EnumSet.noneOf(TalentMode.class)
				: Arrays.stream(modes.split(" ")).map(TalentMode::valueOf).collect(Collectors.toCollection(
						() -> EnumSet.noneOf(TalentMode.class)));
	}

	/** Everything written in the entry's own words, searched in Japanese. */
	@FullTextField(name = "text", analyzer = "japanese")
	@FullTextField(name = "textReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "textNgram", analyzer = "ngram", norms = Norms.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "displayName")),
			@ObjectPath(@PropertyValue(propertyName = "skillsText")),
			@ObjectPath(@PropertyValue(propertyName = "qualifications")),
			@ObjectPath(@PropertyValue(propertyName = "introduction")) })
	String getText() {
		return Stream.of(displayName, skillsText, qualifications, introduction)
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
	}

	Set<DayOfWeek> daySet() {
		return days.isBlank() ? EnumSet.noneOf(DayOfWeek.class)
				: Arrays.stream(days.split(" ")).map(DayOfWeek::valueOf).collect(Collectors.toCollection(
						() -> EnumSet.noneOf(DayOfWeek.class)));
	}

	TalentCommand toCommand() {
		return new TalentCommand(displayName, skillCodes, skillsText, qualifications, fieldCodes, areaCodes,
				getModeSet(), daySet(), availabilityNote, fee, introduction, visibility);
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	long accountId() {
		return accountId;
	}

	String displayName() {
		return displayName;
	}

	Set<String> skillCodes() {
		return skillCodes;
	}

	Set<String> fieldCodes() {
		return fieldCodes;
	}

	Set<String> areaCodes() {
		return areaCodes;
	}

	TalentFee fee() {
		return fee;
	}

	TalentVisibility visibility() {
		return visibility;
	}

	Instant consentedAt() {
		return consentedAt;
	}

	@Nullable Instant withdrawnAt() {
		return withdrawnAt;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}
}
