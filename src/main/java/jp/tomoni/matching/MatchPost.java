package jp.tomoni.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
 * A need (してほしい) or an offer (したい): who posted it (a person, for a group they administer or for the city), what
 * kind of help, which skills, fields and areas, and when. Indexed, so that the suggestions of the other side are one
 * search; an open period is indexed as reaching from {@link #EARLIEST} to {@link #LATEST}.
 */
@Entity
@Indexed(index = "match-post-v1")
@Table(name = "match_post")
class MatchPost {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PostSide side;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "group_id")
	private @Nullable Long groupId;

	@Column(name = "as_city", nullable = false)
	private boolean asCity;

	@Column(name = "poster_name", nullable = false, length = 200)
	private String posterName;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(nullable = false, length = 100)
	private String kinds;

	@KeywordField(name = "skills")
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "skill_codes", nullable = false, length = 1000)
	private Set<String> skillCodes;

	@KeywordField(name = "fields")
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "field_codes", nullable = false, length = 200)
	private Set<String> fieldCodes;

	@KeywordField(name = "areas")
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "area_codes", nullable = false, length = 1000)
	private Set<String> areaCodes;

	@Column(name = "starts_on")
	private @Nullable LocalDate startsOn;

	@Column(name = "ends_on")
	private @Nullable LocalDate endsOn;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PostStatus status;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected MatchPost() {
	}

	MatchPost(String municipalityCode, long accountId, String posterName, PostCommand command, Instant now) {
		this.municipalityCode = municipalityCode;
		this.accountId = accountId;
		this.posterName = posterName;
		this.side = command.side();
		this.groupId = command.groupId();
		this.asCity = command.asCity();
		this.status = PostStatus.OPEN;
		this.createdAt = now;
		apply(command, now);
	}

	void apply(PostCommand command, Instant now) {
		title = command.title();
		description = command.description();
		kinds = command.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
		skillCodes = new TreeSet<>(command.skillCodes());
		fieldCodes = new TreeSet<>(command.fieldCodes());
		areaCodes = new TreeSet<>(command.areaCodes());
		startsOn = command.startsOn();
		endsOn = command.endsOn();
		updatedAt = now;
	}

	void close(Instant now) {
		status = PostStatus.CLOSED;
		updatedAt = now;
	}

	@KeywordField(name = "kinds")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kinds")))
	Set<PostKind> getKindSet() {
		return kinds.isBlank() ? EnumSet.noneOf(PostKind.class)
				: Arrays.stream(kinds.split(" ")).map(PostKind::valueOf).collect(Collectors.toCollection(
						() -> EnumSet.noneOf(PostKind.class)));
	}

	/** Title and description, searched in Japanese. */
	@FullTextField(name = "text", analyzer = "japanese")
	@FullTextField(name = "textReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "textNgram", analyzer = "ngram", norms = Norms.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "description")) })
	String getText() {
		return title + "\n" + description;
	}

	@GenericField(name = "periodStart")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startsOn")))
	LocalDate getPeriodStart() {
		return startsOn == null ? EARLIEST : startsOn;
	}

	@GenericField(name = "periodEnd")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "endsOn")))
	LocalDate getPeriodEnd() {
		return endsOn == null ? LATEST : endsOn;
	}

	/** Whether the two periods share a day (an open end reaches any day). */
	boolean overlaps(MatchPost other) {
		return !getPeriodStart().isAfter(other.getPeriodEnd()) && !other.getPeriodStart().isAfter(getPeriodEnd());
	}

	boolean hasPeriod() {
		return startsOn != null || endsOn != null;
	}

	PostCommand toCommand() {
		return new PostCommand(side, groupId, asCity, title, description, getKindSet(), skillCodes, fieldCodes,
				areaCodes, startsOn, endsOn);
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	PostSide side() {
		return side;
	}

	long accountId() {
		return accountId;
	}

	@Nullable Long groupId() {
		return groupId;
	}

	boolean asCity() {
		return asCity;
	}

	String posterName() {
		return posterName;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
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

	@Nullable LocalDate startsOn() {
		return startsOn;
	}

	@Nullable LocalDate endsOn() {
		return endsOn;
	}

	PostStatus status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version;
	}
}
