package jp.tomoni.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One generated version of a project's agreement (協定書, decision 0069): the terms as typed, the parties as they
 * were, the PDF as generated, and the signed scan once attached. A version is never changed but for its scan.
 */
@Entity
@Table(name = "project_agreement")
class ProjectAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	@Column(nullable = false, length = 4000)
	private String purpose;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "line_no")
	private List<AgreementParty> parties = new ArrayList<>();

	@Column(name = "cost_split", nullable = false, length = 4000)
	private String costSplit;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(name = "personal_information", nullable = false, length = 4000)
	private String personalInformation;

	@Column(name = "reports_due", nullable = false, length = 4000)
	private String reportsDue;

	@Column(nullable = false, length = 4000)
	private String termination;

	@Column(name = "concluded_on", nullable = false)
	private LocalDate concludedOn;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "pdf", nullable = false)
	private byte[] pdf;

	/** Who generated it; {@code null} once they deleted their account (decision 0073). */
	@Column(name = "generated_by")
	private @Nullable Long generatedBy;

	@Column(name = "generated_by_name", nullable = false, length = 200)
	private String generatedByName;

	@Column(name = "generated_at", nullable = false)
	private Instant generatedAt;

	@Column(name = "scan_file_name", length = 200)
	private @Nullable String scanFileName;

	@Column(name = "scan_content_type", length = 50)
	private @Nullable String scanContentType;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "scan")
	private byte @Nullable [] scan;

	@Column(name = "scan_uploaded_at")
	private @Nullable Instant scanUploadedAt;

	protected ProjectAgreement() {
	}

	ProjectAgreement(long projectId, int versionNo, AgreementTerms terms, byte[] pdf, long generatedBy,
			String generatedByName, Instant generatedAt) {
		this.projectId = projectId;
		this.versionNo = versionNo;
		this.purpose = terms.purpose();
		terms.parties().forEach(p -> this.parties.add(new AgreementParty(p.name(), p.duties())));
		this.costSplit = terms.costSplit();
		this.periodStart = terms.periodStart();
		this.periodEnd = terms.periodEnd();
		this.personalInformation = terms.personalInformation();
		this.reportsDue = terms.reportsDue();
		this.termination = terms.termination();
		this.concludedOn = terms.concludedOn();
		this.pdf = pdf.clone();
		this.generatedBy = generatedBy;
		this.generatedByName = generatedByName;
		this.generatedAt = generatedAt;
	}

	void attachScan(String fileName, String contentType, byte[] content, Instant now) {
		this.scanFileName = fileName;
		this.scanContentType = contentType;
		this.scan = content.clone();
		this.scanUploadedAt = now;
	}

	long id() {
		return id;
	}

	long projectId() {
		return projectId;
	}

	int versionNo() {
		return versionNo;
	}

	AgreementTerms terms() {
		return new AgreementTerms(purpose,
				parties.stream().map(p -> new AgreementTerms.Party(p.name(), p.duties())).toList(), costSplit,
				periodStart, periodEnd, personalInformation, reportsDue, termination, concludedOn);
	}

	byte[] pdf() {
		return pdf.clone();
	}

	@Nullable Long generatedBy() {
		return generatedBy;
	}

	String generatedByName() {
		return generatedByName;
	}

	Instant generatedAt() {
		return generatedAt;
	}

	@Nullable String scanFileName() {
		return scanFileName;
	}

	@Nullable String scanContentType() {
		return scanContentType;
	}

	byte @Nullable [] scan() {
		return scan == null ? null : scan.clone();
	}

	@Nullable Instant scanUploadedAt() {
		return scanUploadedAt;
	}
}
