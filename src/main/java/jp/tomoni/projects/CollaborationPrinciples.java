package jp.tomoni.projects;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.shared.MasterList;
import jp.tomoni.shared.MasterListController;
import jp.tomoni.shared.MasterRows;
import jp.tomoni.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The principles of collaboration (協働の原則) kept by administrators at {@code /admin/collaboration-principles}: the
 * simple master-list pages, plus each principle's description in the municipality's words.
 */
@Service
class CollaborationPrinciples extends MasterRows<CollaborationPrinciple> {

	/** Longest description, in characters (the column holds 1000). */
	static final int MAX_DESCRIPTION = 1000;

	private final CollaborationPrincipleRepository principles;

	private final AuditLog auditLog;

	private final PartyEvaluationRepository evaluations;

	CollaborationPrinciples(CollaborationPrincipleRepository principles, AuditLog auditLog,
			PartyEvaluationRepository evaluations) {
		super(principles);
		this.principles = principles;
		this.auditLog = auditLog;
		this.evaluations = evaluations;
	}

	@Transactional
	void describe(String code, @Nullable String description) {
		CollaborationPrinciple principle = principles.findById(code)
			.orElseThrow(() -> new MasterList.EntryNotFound(code));
		String text = description == null ? "" : description.strip();
		if (text.length() > MAX_DESCRIPTION) {
			throw new RuleViolation("description", "collaborationPrinciple.description.tooLong", MAX_DESCRIPTION);
		}
		principle.describe(text);
		audited("described", code);
	}

	@Transactional(readOnly = true)
	Optional<CollaborationPrincipleView> find(String code) {
		return principles.findById(code).map(CollaborationPrinciple::toView);
	}

	@Override
	protected List<CollaborationPrinciple> inOrder() {
		return principles.inOrder();
	}

	@Override
	protected CollaborationPrinciple create(String code, String name, String nameEn, int sortOrder) {
		return new CollaborationPrinciple(code, name, nameEn, sortOrder, "");
	}

	/** How many parties' mutual evaluations of projects rate each principle. */
	@Override
	protected Map<String, Long> uses() {
		Map<String, Long> uses = new java.util.HashMap<>();
		evaluations.countByPrinciple().forEach(r -> uses.put((String) r[0], (Long) r[1]));
		return uses;
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("collaboration-principle." + what, "collaboration-principle", code));
	}

	@Controller
	@RequestMapping("/admin/collaboration-principles")
	@PreAuthorize("hasRole('ADMIN')")
	static class CollaborationPrincipleController extends MasterListController {

		private final CollaborationPrinciples principles;

		CollaborationPrincipleController(CollaborationPrinciples principles, MessageSource messages) {
			super(principles, "/admin/collaboration-principles", "collaborationPrinciple", messages);
			this.principles = principles;
		}

		/** The generic renaming, and a second form for the description. */
		@Override
		@GetMapping("/{code}")
		public String edit(@PathVariable String code, Model model) {
			super.edit(code, model);
			if (!model.containsAttribute("description")) {
				model.addAttribute("description",
						principles.find(code).map(CollaborationPrincipleView::description).orElse(""));
			}
			return "projects/collaboration-principle";
		}

		@PostMapping("/{code}/description")
		String describe(@PathVariable String code, @RequestParam(required = false) @Nullable String description,
				Model model, RedirectAttributes redirect) {
			try {
				principles.describe(code, description);
			}
			catch (RuleViolation violation) {
				model.addAttribute("descriptionError", violation.code());
				model.addAttribute("description", description);
				return edit(code, model);
			}
			redirect.addFlashAttribute("done", "described");
			return "redirect:/admin/collaboration-principles";
		}
	}
}
