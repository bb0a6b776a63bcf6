package jp.tomoni.projects;

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
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A collaboration project (協働事業) of the register. Its status moves only as {@link ProjectStatus#canChangeTo}
 * allows; the rest is what staff last saved, checked by {@link Projects}.
 */
@Entity
@Table(name = "project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 4000)
	private String summary;

	@Column(name = "form_code", nullable = false, length = 40)
	private String formCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Zone zone;

	@Column(name = "city_takes_part", nullable = false)
	private boolean cityTakesPart;

	@Column(name = "department_code", length = 40)
	private @Nullable String departmentCode;

	@ElementCollection
	@CollectionTable(name = "project_field", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "field_code", length = 2)
	private Set<String> fieldCodes = new LinkedHashSet<>();

	@Column(name = "area_code", length = 40)
	private @Nullable String areaCode;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date")
	private @Nullable LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProjectOrigin origin;

	@Column(name = "proposal_id")
	private @Nullable Long proposalId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProjectStatus status;

	@ElementCollection
	@CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "line_no")
	private List<PartnerLine> partners = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "line_no")
	private List<PlanLines.Milestone> milestones = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_indicator", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "line_no")
	private List<PlanLines.Indicator> indicators = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Project() {
	}

	/** A new project; {@code command} has been checked and its zone resolved. */
	Project(String municipalityCode, ProjectCommand command, Zone zone, Instant now) {
		this.municipalityCode = municipalityCode;
		this.createdAt = now;
		this.origin = command.origin();
		this.proposalId = command.proposalId();
		this.status = command.status();
		apply(command, zone, now);
	}

	/**
	 * Saves what staff changed. The origin stays as registered.
	 *
	 * @throws ProjectRuleViolation when the status may not move there
	 */
	void change(ProjectCommand command, Zone zone, Instant now) {
		if (!status.canChangeTo(command.status())) {
			throw new ProjectRuleViolation("status", "project.status.notAllowed",
					new DefaultMessageSourceResolvable(status.messageKey()),
					new DefaultMessageSourceResolvable(command.status().messageKey()));
		}
		this.status = command.status();
		apply(command, zone, now);
	}

	private void apply(ProjectCommand command, Zone zone, Instant now) {
		this.title = command.title();
		this.summary = command.summary();
		this.formCode = command.formCode();
		this.zone = zone;
		this.cityTakesPart = command.cityTakesPart();
		this.departmentCode = command.departmentCode();
		this.fieldCodes.clear();
		this.fieldCodes.addAll(command.fieldCodes());
		this.areaCode = command.areaCode();
		this.startDate = command.startDate();
		this.endDate = command.endDate();
		this.partners.clear();
		command.partners().forEach(p -> this.partners.add(new PartnerLine(p)));
		this.milestones.clear();
		command.milestones().forEach(m -> this.milestones.add(new PlanLines.Milestone(m)));
		this.indicators.clear();
		command.indicators().forEach(i -> this.indicators.add(new PlanLines.Indicator(i)));
		this.updatedAt = now;
	}

	long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	String formCode() {
		return formCode;
	}

	Zone zone() {
		return zone;
	}

	boolean cityTakesPart() {
		return cityTakesPart;
	}

	@Nullable String departmentCode() {
		return departmentCode;
	}

	Set<String> fieldCodes() {
		return Set.copyOf(fieldCodes);
	}

	@Nullable String areaCode() {
		return areaCode;
	}

	LocalDate startDate() {
		return startDate;
	}

	@Nullable LocalDate endDate() {
		return endDate;
	}

	ProjectOrigin origin() {
		return origin;
	}

	@Nullable Long proposalId() {
		return proposalId;
	}

	ProjectStatus status() {
		return status;
	}

	List<PartnerLine> partnerLines() {
		return List.copyOf(partners);
	}

	List<ProjectMilestone> milestones() {
		return milestones.stream().map(PlanLines.Milestone::toView).toList();
	}

	List<ProjectIndicator> indicators() {
		return indicators.stream().map(PlanLines.Indicator::toView).toList();
	}

	long version() {
		return version;
	}
}
