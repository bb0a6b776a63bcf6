package jp.tomoni.proposals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.shared.MasterListController;
import jp.tomoni.shared.MasterRows;
import jp.tomoni.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review criteria (審査基準) a municipality publishes in its calls, each with the weight a new call starts from:
 * kept by administrators at {@code /admin/review-criteria}. A call copies them, so changing the list leaves published
 * calls as they were.
 */
@Service
class ReviewCriteria extends MasterRows<ReviewCriterion> {

	/** A criterion as the call form offers it. */
	record Option(String code, String name, int defaultWeight) {
	}

	private final ReviewCriterionRepository criteria;

	private final ProposalCallRepository calls;

	private final AuditLog auditLog;

	ReviewCriteria(ReviewCriterionRepository criteria, ProposalCallRepository calls, AuditLog auditLog) {
		super(criteria);
		this.criteria = criteria;
		this.calls = calls;
		this.auditLog = auditLog;
	}

	/** The criteria still offered, in order. */
	@Transactional(readOnly = true)
	List<Option> active(Locale locale) {
		return criteria.inOrder()
			.stream()
			.filter(c -> !c.retired())
			.map(c -> new Option(c.code(), c.name(locale), c.defaultWeight()))
			.toList();
	}

	/** Each criterion's default weight, by code. */
	@Transactional(readOnly = true)
	Map<String, Integer> weights() {
		return criteria.inOrder()
			.stream()
			.collect(Collectors.toMap(ReviewCriterion::code, ReviewCriterion::defaultWeight));
	}

	/** @throws RuleViolation on {@code weight} outside 1 to 100 */
	@Transactional
	void changeWeight(String code, int weight) {
		criteria.findById(code).orElseThrow(() -> new ProposalNotFound("review criterion", 0)).defaultWeight(weight);
		audited("weighted", code);
	}

	@Override
	protected List<ReviewCriterion> inOrder() {
		return criteria.inOrder();
	}

	@Override
	protected ReviewCriterion create(String code, String name, String nameEn, int sortOrder) {
		return new ReviewCriterion(code, name, nameEn, sortOrder, 10);
	}

	@Override
	protected Map<String, Long> uses() {
		return calls.criterionUses()
			.stream()
			.collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("review-criterion." + what, "review-criterion", code));
	}

	/** The list page with each criterion's default weight, and a form to change it on the entry's page. */
	@Controller
	@RequestMapping("/admin/review-criteria")
	@PreAuthorize("hasRole('ADMIN')")
	static class ReviewCriterionController extends MasterListController {

		private final ReviewCriteria criteria;

		private final MessageSource messages;

		ReviewCriterionController(ReviewCriteria criteria, MessageSource messages) {
			super(criteria, "/admin/review-criteria", "reviewCriterion", messages);
			this.criteria = criteria;
			this.messages = messages;
		}

		@Override
		public String list(Model model) {
			model.addAttribute("extraHeading", "reviewCriterion.defaultWeight");
			model.addAttribute("extras", criteria.weights()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, e -> Integer.toString(e.getValue()))));
			return super.list(model);
		}

		@Override
		public String edit(@PathVariable String code, Model model) {
			String view = super.edit(code, model);
			model.addAttribute("extraFragment", "proposals/master-extras :: weight");
			model.addAttribute("weight", criteria.weights().get(code));
			return view;
		}

		@PostMapping("/{code}/weight")
		String weight(@PathVariable String code, @RequestParam(defaultValue = "") String weight,
				RedirectAttributes redirect, Locale locale) {
			criteria.entries()
				.stream()
				.filter(e -> e.code().equals(code))
				.findFirst()
				.orElseThrow(() -> new jp.tomoni.shared.MasterList.EntryNotFound(code));
			try {
				int value;
				try {
					value = Integer.parseInt(jp.tomoni.shared.JapaneseText.normalize(weight).strip());
				}
				catch (NumberFormatException notANumber) {
					throw new ProposalRuleViolation("weight", "reviewCriterion.weight.range", ReviewCriterion.MAX_WEIGHT);
				}
				criteria.changeWeight(code, value);
				redirect.addFlashAttribute("done", "renamed");
			}
			catch (RuleViolation violation) {
				redirect.addFlashAttribute("refusal",
						messages.getMessage(violation.code(), violation.arguments(), locale));
			}
			return "redirect:/admin/review-criteria";
		}
	}
}
