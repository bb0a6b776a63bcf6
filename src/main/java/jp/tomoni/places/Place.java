package jp.tomoni.places;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tomoni.shared.JapaneseText;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A place (decision 0028): an aggregate root of its own; rooms and their booking will be a child table of it
 * ({@code place_room.place_id}). Where it came from is kept for imports: {@code source} (a list and its owner, or
 * {@code tomoni} for a place registered by hand) and {@code sourceKey} (the list's NO or ID) identify it on
 * re-import, {@code contentHash} tells whether the list's values changed since. Indexed with the Japanese
 * analysers of the search module, as the groups are.
 */
@Entity
@Indexed(index = "place-v1")
@Table(name = "place")
class Place {

	/** The source of a place registered by hand; its source key is its id. */
	static final String HAND = "tomoni";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@FullTextField(analyzer = "japanese", projectable = Projectable.NO)
	@FullTextField(name = "nameReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "nameNgram", analyzer = "ngram", norms = Norms.NO)
	@Column(nullable = false, length = 200)
	private String name;

	@FullTextField(analyzer = "ngram", norms = Norms.NO)
	@KeywordField(name = "nameKanaSort", normalizer = "sort", sortable = Sortable.YES)
	@Column(name = "name_kana", nullable = false, length = 400)
	private String nameKana;

	@Column(name = "common_name", length = 200)
	private String commonName;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "kind_code", nullable = false, length = 40)
	private String kindCode;

	@Column(length = 10)
	private String prefecture;

	@Column(length = 50)
	private String city;

	@Column(nullable = false, length = 300)
	private String address;

	@Column(name = "postal_code", length = 8)
	private String postalCode;

	@Column(length = 200)
	private String building;

	@Column(precision = 11, scale = 8)
	private BigDecimal latitude;

	@Column(precision = 12, scale = 8)
	private BigDecimal longitude;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "area_code", length = 40)
	private String areaCode;

	@Column(length = 30)
	private String phone;

	@Column(length = 20)
	private String extension;

	@Column(length = 254)
	private String email;

	@Column(length = 500)
	private String url;

	@Column(name = "open_days", length = 200)
	private String openDays;

	@Column(name = "opening_time", length = 50)
	private String openingTime;

	@Column(name = "closing_time", length = 50)
	private String closingTime;

	@Column(name = "hours_note", length = 2000)
	private String hoursNote;

	@Column(length = 4000)
	private String description;

	@Column(name = "barrier_free", length = 2000)
	private String barrierFree;

	@Column(nullable = false)
	private boolean wheelchair;

	@Column(name = "accessible_toilet", nullable = false)
	private boolean accessibleToilet;

	@Column(nullable = false)
	private boolean elevator;

	@Column(nullable = false)
	private boolean parking;

	@Column(name = "parking_info", length = 1000)
	private String parkingInfo;

	@Column(length = 1000)
	private String access;

	@Column(name = "operator_name", length = 200)
	private String operatorName;

	@Column(name = "corporate_number", length = 13)
	private String corporateNumber;

	@Column(length = 2000)
	private String note;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PlaceStatus status;

	@Column(nullable = false, length = 60)
	private String source;

	@Column(name = "source_key", length = 300)
	private String sourceKey;

	@Column(name = "content_hash", length = 64)
	private String contentHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Version
	private long version;

	protected Place() {
	}

	/** A published place; {@code sourceKey} is {@code null} for one registered by hand until it has its id. */
	static Place register(String municipalityCode, PlaceCommand command, String source, @Nullable String sourceKey,
			@Nullable String contentHash, @Nullable Long accountId, Instant now) {
		Place place = new Place();
		place.municipalityCode = municipalityCode;
		place.status = PlaceStatus.PUBLISHED;
		place.source = source;
		place.sourceKey = sourceKey;
		place.contentHash = contentHash;
		place.createdAt = now;
		place.createdBy = accountId;
		place.apply(command, accountId, now);
		return place;
	}

	/** A place registered by hand is known by its id in the open data (decision 0030). */
	void keyedById() {
		if (sourceKey == null) {
			sourceKey = String.valueOf(id);
		}
	}

	void change(PlaceCommand command, @Nullable Long accountId, Instant now) {
		apply(command, accountId, now);
	}

	/** The values of a list, imported again. */
	void imported(PlaceCommand command, String hash, Instant now) {
		apply(command, null, now);
		contentHash = hash;
	}

	/** The list's values did not change, yet its hash did (e.g. the reading of the hash changed). */
	void importedUnchanged(String hash) {
		contentHash = hash;
	}

	void hide(@Nullable Long accountId, Instant now) {
		status = PlaceStatus.HIDDEN;
		updatedBy = accountId;
		updatedAt = now;
	}

	void publish(@Nullable Long accountId, Instant now) {
		status = PlaceStatus.PUBLISHED;
		updatedBy = accountId;
		updatedAt = now;
	}

	private void apply(PlaceCommand c, @Nullable Long accountId, Instant now) {
		name = c.name();
		nameKana = c.nameKana();
		commonName = c.commonName();
		kindCode = c.kindCode();
		prefecture = c.prefecture();
		city = c.city();
		address = c.address();
		postalCode = c.postalCode();
		building = c.building();
		latitude = c.latitude();
		longitude = c.longitude();
		areaCode = c.areaCode();
		phone = c.phone();
		extension = c.extension();
		email = c.email();
		url = c.url();
		openDays = c.openDays();
		openingTime = c.openingTime();
		closingTime = c.closingTime();
		hoursNote = c.hoursNote();
		description = c.description();
		barrierFree = c.barrierFree();
		wheelchair = c.wheelchair();
		accessibleToilet = c.accessibleToilet();
		elevator = c.elevator();
		parking = c.parking();
		parkingInfo = c.parkingInfo();
		access = c.access();
		operatorName = c.operatorName();
		corporateNumber = c.corporateNumber();
		note = c.note();
		updatedBy = accountId;
		updatedAt = now;
	}

	PlaceCommand toCommand() {
		return new PlaceCommand(name, nameKana, commonName, kindCode, prefecture, city, address, postalCode, building,
				latitude, longitude, areaCode, phone, extension, email, url, openDays, openingTime, closingTime, hoursNote,
				description, barrierFree, wheelchair, accessibleToilet, elevator, parking, parkingInfo, access,
				operatorName, corporateNumber, note);
	}

	/** The other names and texts searched: 通称, address, description, operator. */
	@FullTextField(name = "text", analyzer = "japanese")
	@FullTextField(name = "textReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "textNgram", analyzer = "ngram", norms = Norms.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "commonName")),
			@ObjectPath(@PropertyValue(propertyName = "address")),
			@ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "operatorName")) })
	String getSearchText() {
		return Stream.of(commonName, address, description, operatorName)
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
	}

	/** 五十音順: the reading without spaces, then the id. */
	@KeywordField(name = "kanaKey", sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "nameKana")))
	String getKanaKey() {
		return JapaneseText.toKatakana(JapaneseText.normalize(nameKana)).toLowerCase(Locale.ROOT).replaceAll("\\s+", "")
				+ " " + String.format("%019d", id == null ? 0 : id);
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	String name() {
		return name;
	}

	String kindCode() {
		return kindCode;
	}

	PlaceStatus status() {
		return status;
	}

	String source() {
		return source;
	}

	@Nullable String sourceKey() {
		return sourceKey;
	}

	@Nullable String contentHash() {
		return contentHash;
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
