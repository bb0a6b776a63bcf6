package jp.tomoni.projects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.JapanesePdf;
import jp.tomoni.shared.SafeImages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements of collaboration projects (協定書, decision 0069): staff draft the terms and generate the PDF (A4,
 * Japanese, IPAex Gothic embedded); each generation is a new version kept with its terms and its bytes, and the
 * signed scan is attached to a version. Every change is audited. Refusals are {@link ProjectRuleViolation}s naming
 * the field.
 */
@Service
class Agreements {

	/** The signed scan: a PDF or an image of at most 10 MB, as proposals' attachments. */
	static final SafeImages.Limits SCAN = new SafeImages.Limits(10 * 1024 * 1024, 8000, 2400);

	static final String TITLE = "協働事業協定書";

	private static final DateTimeFormatter WAREKI = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
		.withChronology(JapaneseChronology.INSTANCE);

	private final ProjectRepository projects;

	private final ProjectAgreementRepository agreements;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final Clock clock;

	Agreements(ProjectRepository projects, ProjectAgreementRepository agreements, Municipalities municipalities,
			AuditLog auditLog, Clock clock) {
		this.projects = projects;
		this.agreements = agreements;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The parties of a project's agreement: its partners, then the city when it takes part. */
	@Transactional(readOnly = true)
	List<String> parties(long projectId) {
		return parties(project(projectId));
	}

	private List<String> parties(Project project) {
		List<String> names = new ArrayList<>();
		project.partnerLines().forEach(p -> names.add(p.toPartner().name()));
		if (project.cityTakesPart()) {
			names.add(municipalities.current().name());
		}
		return names;
	}

	/**
	 * Generates a new version of the agreement from the terms: the PDF is made and kept with them. Audited.
	 *
	 * @return the new version's number, from 1
	 * @throws ProjectRuleViolation when the terms are refused; nothing is saved
	 */
	@Transactional
	int generate(long projectId, AgreementTerms terms, long accountId, String displayName) {
		Project project = project(projectId);
		List<String> parties = parties(project);
		if (terms.parties().size() != parties.size()) {
			throw new ProjectRuleViolation("duties", "agreement.parties.changed");
		}
		for (int i = 0; i < parties.size(); i++) {
			if (!terms.parties().get(i).name().equals(parties.get(i))) {
				throw new ProjectRuleViolation("duties", "agreement.parties.changed");
			}
		}
		if (terms.periodEnd().isBefore(terms.periodStart())) {
			throw new ProjectRuleViolation("periodEnd", "agreement.period.endBeforeStart");
		}
		int next = agreements.findFirstByProjectIdOrderByVersionNoDesc(projectId)
			.map(a -> a.versionNo() + 1)
			.orElse(1);
		byte[] pdf = pdf(project, terms);
		agreements.save(new ProjectAgreement(projectId, next, terms, pdf, accountId, displayName, clock.instant()));
		auditLog.record(new AuditRecord("project.agreement.generated", "project", projectId + "/agreement/" + next));
		return next;
	}

	/** The versions of a project's agreement, newest first. */
	@Transactional(readOnly = true)
	List<AgreementVersionView> versions(long projectId) {
		project(projectId);
		return agreements.findByProjectIdOrderByVersionNoDesc(projectId).stream().map(Agreements::view).toList();
	}

	/** The terms of the latest version, to draft the next one from. */
	@Transactional(readOnly = true)
	Optional<AgreementTerms> latestTerms(long projectId) {
		return agreements.findFirstByProjectIdOrderByVersionNoDesc(projectId).map(ProjectAgreement::terms);
	}

	/** The latest version's date of conclusion, period and parties, for the public page. */
	@Transactional(readOnly = true)
	public Optional<AgreementSummary> summary(long projectId) {
		return agreements.findFirstByProjectIdOrderByVersionNoDesc(projectId).map(a -> {
			AgreementTerms t = a.terms();
			return new AgreementSummary(t.concludedOn(), t.periodStart(), t.periodEnd(),
					t.parties().stream().map(AgreementTerms.Party::name).toList());
		});
	}

	/** A version's PDF as it was generated. */
	@Transactional(readOnly = true)
	byte[] pdf(long projectId, int versionNo) {
		return version(projectId, versionNo).pdf();
	}

	/** A version's signed scan. */
	@Transactional(readOnly = true)
	Scan scan(long projectId, int versionNo) {
		ProjectAgreement agreement = version(projectId, versionNo);
		byte[] content = agreement.scan();
		if (content == null || agreement.scanFileName() == null || agreement.scanContentType() == null) {
			throw new ProjectNotFound(projectId);
		}
		return new Scan(agreement.scanFileName(), agreement.scanContentType(), content);
	}

	/** A signed scan as stored. */
	record Scan(String fileName, String contentType, byte[] content) {
	}

	/**
	 * Attaches the signed scan to a version: a PDF (checked to open as one) kept as it came, or an image made anew; at
	 * most 10 MB. A scan attached again replaces the former one. Audited.
	 */
	@Transactional
	void attachScan(long projectId, int versionNo, String fileName, byte[] content) {
		ProjectAgreement agreement = version(projectId, versionNo);
		checkSize(content.length);
		String name = fileName.isBlank() ? "scan" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		if (isPdf(content)) {
			agreement.attachScan(name, "application/pdf", content, clock.instant());
		}
		else {
			try {
				SafeImages.Reencoded image = SafeImages.reencode(content, SCAN);
				agreement.attachScan(name, image.contentType(), image.bytes(), clock.instant());
			}
			catch (SafeImages.Refused refused) {
				throw refusal(refused);
			}
		}
		auditLog.record(
				new AuditRecord("project.agreement.scanned", "project", projectId + "/agreement/" + versionNo));
	}

	/** The size check made before an upload is read into memory. */
	static void checkSize(long bytes) {
		try {
			SafeImages.checkSize(bytes, SCAN);
		}
		catch (SafeImages.Refused refused) {
			throw refusal(refused);
		}
	}

	private static ProjectRuleViolation refusal(SafeImages.Refused refused) {
		String code = switch (refused.refusal()) {
			case EMPTY -> "agreement.scan.empty";
			case TOO_LARGE -> "agreement.scan.tooLarge";
			case TOO_MANY_PIXELS -> "agreement.scan.tooManyPixels";
			case NOT_IMAGE -> "agreement.scan.notPdfOrImage";
		};
		return new ProjectRuleViolation("scan", code, refused.arguments());
	}

	private static boolean isPdf(byte[] content) {
		if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
			return false;
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			return document.getNumberOfPages() > 0;
		}
		catch (IOException notAPdf) {
			throw new ProjectRuleViolation("scan", "agreement.scan.notPdf");
		}
	}

	private ProjectAgreement version(long projectId, int versionNo) {
		project(projectId);
		return agreements.findByProjectIdAndVersionNo(projectId, versionNo)
			.orElseThrow(() -> new ProjectNotFound(projectId));
	}

	private Project project(long id) {
		return projects.findById(id)
			.filter(p -> p.municipalityCode().equals(municipalities.current().code()))
			.orElseThrow(() -> new ProjectNotFound(id));
	}

	private static AgreementVersionView view(ProjectAgreement a) {
		AgreementTerms t = a.terms();
		return new AgreementVersionView(a.versionNo(), a.generatedByName(), a.generatedAt(), t.concludedOn(),
				t.periodStart(), t.periodEnd(), t.parties().stream().map(AgreementTerms.Party::name).toList(),
				a.scanFileName(), a.scanUploadedAt());
	}

	static String wareki(LocalDate date) {
		return WAREKI.format(JapaneseDate.from(date));
	}

	/** The agreement as a printable A4 document: the title, the parties, the articles, a signature block each. */
	private static byte[] pdf(Project project, AgreementTerms t) {
		List<String> names = t.parties().stream().map(AgreementTerms.Party::name).toList();
		return JapanesePdf.write(TITLE + " " + project.title(), doc -> {
			doc.title(TITLE);
			doc.line("事業名: " + project.title());
			doc.gap();
			doc.line(String.join("、", names) + "(以下「当事者」という。)は、協働事業「" + project.title()
					+ "」(以下「本事業」という。)の実施について、次のとおり協定を締結する。");
			doc.gap();
			int n = 1;
			n = article(doc, n, "目的", t.purpose());
			StringBuilder roles = new StringBuilder("本事業における各当事者の役割及び責任は、次のとおりとする。");
			for (AgreementTerms.Party party : t.parties()) {
				roles.append('\n').append("(").append(party.name()).append(") ").append(party.duties());
			}
			n = article(doc, n, "役割分担", roles.toString());
			n = article(doc, n, "費用の負担", t.costSplit());
			n = article(doc, n, "協定期間",
					"この協定の期間は、" + wareki(t.periodStart()) + "から" + wareki(t.periodEnd()) + "までとする。");
			n = article(doc, n, "個人情報の取扱い", t.personalInformation());
			n = article(doc, n, "報告", t.reportsDue());
			n = article(doc, n, "協定の解除", t.termination());
			article(doc, n, "協議", "この協定に定めのない事項及びこの協定に関し疑義が生じた事項については、当事者が協議して定める。");
			doc.gap();
			doc.line("この協定の締結を証するため、本書を" + names.size() + "通作成し、当事者記名押印の上、各自1通を保有する。");
			doc.gap();
			doc.line(wareki(t.concludedOn()));
			for (String name : names) {
				doc.gap();
				doc.line("(名称) " + name);
				doc.line("(所在地)");
				doc.line("(代表者)                                              印");
			}
		});
	}

	private static int article(JapanesePdf doc, int n, String heading, String text) throws IOException {
		doc.line("(" + heading + ")");
		doc.line("第" + n + "条 " + text);
		doc.gap();
		return n + 1;
	}
}
