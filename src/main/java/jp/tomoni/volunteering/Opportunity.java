package jp.tomoni.volunteering;

import java.time.Instant;
import java.util.LinkedHashSet;
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
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A volunteer opportunity of a group (or of the city or a support centre); its shifts are {@link Shift}s. */
@Entity
@Table(name = "volunteer_opportunity")
class Opportunity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(name = "area_code", length = 40)
	private String areaCode;

	@Column(name = "group_id")
	private Long groupId;

	@Column(name = "organiser_name", nullable = false, length = 200)
	private String organiserName;

	@Column(name = "what_to_bring", length = 1000)
	private String whatToBring;

	@Column(name = "skills_wanted", length = 1000)
	private String skillsWanted;

	@Column(name = "min_age")
	private Integer minAge;

	@Column(name = "max_age")
	private Integer maxAge;

	@ElementCollection
	@CollectionTable(name = "volunteer_opportunity_field", joinColumns = @JoinColumn(name = "opportunity_id"))
	@Column(name = "field_code", length = 2)
	private Set<String> fieldCodes = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OpportunityStatus status;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Opportunity() {
	}

	Opportunity(String municipalityCode, OpportunityCommand command, @Nullable Long groupId, String organiserName,
			long createdBy, boolean publish, Instant now) {
		this.municipalityCode = municipalityCode;
		this.title = command.title();
		this.description = command.description();
		this.areaCode = command.areaCode();
		this.groupId = groupId;
		this.organiserName = organiserName;
		this.whatToBring = command.whatToBring();
		this.skillsWanted = command.skillsWanted();
		this.minAge = command.minAge();
		this.maxAge = command.maxAge();
		this.fieldCodes = new LinkedHashSet<>(command.fieldCodes());
		this.status = publish ? OpportunityStatus.PUBLISHED : OpportunityStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void publish(Instant now) {
		if (status == OpportunityStatus.PUBLISHED) {
			return;
		}
		status = OpportunityStatus.PUBLISHED;
		updatedAt = now;
	}

	void close(Instant now) {
		status = OpportunityStatus.CLOSED;
		updatedAt = now;
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	@Nullable String areaCode() {
		return areaCode;
	}

	@Nullable Long groupId() {
		return groupId;
	}

	String organiserName() {
		return organiserName;
	}

	@Nullable String whatToBring() {
		return whatToBring;
	}

	@Nullable String skillsWanted() {
		return skillsWanted;
	}

	@Nullable Integer minAge() {
		return minAge;
	}

	@Nullable Integer maxAge() {
		return maxAge;
	}

	Set<String> fieldCodes() {
		return Set.copyOf(fieldCodes);
	}

	OpportunityStatus status() {
		return status;
	}

	long createdBy() {
		return createdBy;
	}

	boolean isPublished() {
		return status == OpportunityStatus.PUBLISHED;
	}
}
