package jp.tomoni.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * A party's report on a project (decision 0072): a progress or the final report, a draft until it is submitted, then
 * locked and public under its number. It keeps the plan's lines as they were when it was started, so that it reads
 * alone, and the account that filed it only until that account is erased.
 */
@Entity
@Table(name = "project_report")
class ProjectReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportKind kind;

	/** The project's id for its final report, so the database keeps it to one; {@code null} otherwise. */
	@Column(name = "final_of")
	private @Nullable Long finalOf;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportStatus status;

	@Column(name = "report_no")
	private @Nullable Integer number;

	@Column(name = "party_key", nullable = false, length = 240)
	private String partyKey;

	@Column(name = "party_name", nullable = false, length = 200)
	private String partyName;

	@Column(name = "period_from")
	private @Nullable LocalDate periodFrom;

	@Column(name = "period_to")
	private @Nullable LocalDate periodTo;

	@ElementCollection
	@CollectionTable(name = "project_report_milestone", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "line_no")
	private List<PlanLines.ReportedMilestone> milestones = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_report_indicator", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "line_no")
	private List<PlanLines.ReportedIndicator> indicators = new ArrayList<>();

	@Column(nullable = false, length = 4000)
	private String done;

	@Column(nullable = false, length = 4000)
	private String issues;

	@Column(nullable = false, length = 4000)
	private String outcome;

	@Column(name = "next_steps", nullable = false, length = 4000)
	private String nextSteps;

	@Column(name = "recorded_by")
	private @Nullable Long recordedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Version
	private long version;

	protected ProjectReport() {
	}

	/** A new draft for this party, against the plan's lines as they are now. */
	ProjectReport(long projectId, ReportKind kind, String partyKey, String partyName, List<ProjectMilestone> plan,
			List<ProjectIndicator> indicators, long recordedBy, Instant now) {
		this.projectId = projectId;
		this.kind = kind;
		this.finalOf = kind == ReportKind.FINAL ? projectId : null;
		this.status = ReportStatus.DRAFT;
		this.partyKey = partyKey;
		this.partyName = partyName;
		plan.forEach(m -> this.milestones.add(new PlanLines.ReportedMilestone(m.period(), m.activity(), null, "")));
		indicators.forEach(i -> this.indicators.add(new PlanLines.ReportedIndicator(i.what(), i.target(), "", "")));
		this.done = "";
		this.issues = "";
		this.outcome = "";
		this.nextSteps = "";
		this.recordedBy = recordedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Saves what was written; {@code content} has been checked against this report's lines. */
	void write(ReportContent content, long by, Instant now) {
		if (status != ReportStatus.DRAFT) {
			throw new ProjectRuleViolation("report", "report.submitted");
		}
		this.periodFrom = content.periodFrom();
		this.periodTo = content.periodTo();
		List<PlanLines.ReportedMilestone> m = new ArrayList<>();
		for (int i = 0; i < milestones.size(); i++) {
			ReportContent.MilestoneEntry entry = content.milestones().get(i);
			m.add(new PlanLines.ReportedMilestone(milestones.get(i).period(), milestones.get(i).activity(),
					entry.status(), entry.note()));
		}
		this.milestones.clear();
		this.milestones.addAll(m);
		List<PlanLines.ReportedIndicator> n = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			ReportContent.IndicatorEntry entry = content.indicators().get(i);
			n.add(new PlanLines.ReportedIndicator(indicators.get(i).what(), indicators.get(i).target(),
					entry.achieved(), entry.note()));
		}
		this.indicators.clear();
		this.indicators.addAll(n);
		this.done = content.done();
		this.issues = content.issues();
		this.outcome = kind == ReportKind.FINAL ? content.outcome() : "";
		this.nextSteps = kind == ReportKind.FINAL ? content.nextSteps() : "";
		this.recordedBy = by;
		this.updatedAt = now;
	}

	/** Submits the draft under the project's next number; from now on it never changes. */
	void submit(int number, Instant now) {
		if (status != ReportStatus.DRAFT) {
			throw new ProjectRuleViolation("report", "report.submitted");
		}
		this.status = ReportStatus.SUBMITTED;
		this.number = number;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** The account is erased: the report stays, as the party's, without it. */
	void forget(long accountId) {
		if (recordedBy != null && recordedBy == accountId) {
			recordedBy = null;
		}
	}

	long id() {
		return id;
	}

	long projectId() {
		return projectId;
	}

	ReportKind kind() {
		return kind;
	}

	ReportStatus status() {
		return status;
	}

	@Nullable Integer number() {
		return number;
	}

	String partyKey() {
		return partyKey;
	}

	String partyName() {
		return partyName;
	}

	@Nullable LocalDate periodFrom() {
		return periodFrom;
	}

	@Nullable LocalDate periodTo() {
		return periodTo;
	}

	List<PlanLines.ReportedMilestone> milestones() {
		return List.copyOf(milestones);
	}

	List<PlanLines.ReportedIndicator> indicators() {
		return List.copyOf(indicators);
	}

	String done() {
		return done;
	}

	String issues() {
		return issues;
	}

	String outcome() {
		return outcome;
	}

	String nextSteps() {
		return nextSteps;
	}

	@Nullable Long recordedBy() {
		return recordedBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	long version() {
		return version;
	}
}
