package jp.tomoni.projects;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * The forms of collaboration (協働の形態) kept by administrators at {@code /admin/collaboration-forms}: the simple
 * master-list pages, plus each form's default zone and whether it is a commission. A new form starts in the zone where
 * residents and the city act together (市民・行政), not a commission, until its settings are changed.
 */
@Service
class CollaborationForms extends MasterRows<CollaborationForm> {

	private final CollaborationFormRepository forms;

	private final ProjectUses uses;

	private final AuditLog auditLog;

	CollaborationForms(CollaborationFormRepository forms, ProjectUses uses, AuditLog auditLog) {
		super(forms);
		this.forms = forms;
		this.uses = uses;
		this.auditLog = auditLog;
	}

	/** Changes the zone a new project of this form takes and whether the form is a commission. */
	@Transactional
	void configure(String code, @Nullable String zoneName, boolean commission) {
		CollaborationForm form = forms.findById(code).orElseThrow(() -> new MasterList.EntryNotFound(code));
		Zone zone = Zone.of(zoneName);
		if (zone == null) {
			throw new RuleViolation("defaultZone", "collaborationForm.defaultZone.unknown");
		}
		form.configure(zone, commission);
		audited("configured", code);
	}

	/** Every form's settings, by code. */
	@Transactional(readOnly = true)
	Map<String, CollaborationFormView> views() {
		return forms.inOrder()
			.stream()
			.map(CollaborationForm::toView)
			.collect(Collectors.toMap(CollaborationFormView::code, Function.identity()));
	}

	@Override
	protected List<CollaborationForm> inOrder() {
		return forms.inOrder();
	}

	@Override
	protected CollaborationForm create(String code, String name, String nameEn, int sortOrder) {
		return new CollaborationForm(code, name, nameEn, sortOrder, Zone.JOINT, false);
	}

	/** The projects of each form, cancelled ones too: they are records. */
	@Override
	protected Map<String, Long> uses() {
		return uses.byForm();
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("collaboration-form." + what, "collaboration-form", code));
	}

	@Controller
	@RequestMapping("/admin/collaboration-forms")
	@PreAuthorize("hasRole('ADMIN')")
	static class CollaborationFormController extends MasterListController {

		private final CollaborationForms forms;

		CollaborationFormController(CollaborationForms forms, MessageSource messages) {
			super(forms, "/admin/collaboration-forms", "collaborationForm", messages);
			this.forms = forms;
		}

		/** The generic list with each form's default zone and commission flag. */
		@Override
		@GetMapping
		public String list(Model model) {
			super.list(model);
			model.addAttribute("settings", forms.views());
			return "projects/collaboration-forms";
		}

		/** The generic renaming, and a second form for the default zone and the commission flag. */
		@Override
		@GetMapping("/{code}")
		public String edit(@PathVariable String code, Model model) {
			super.edit(code, model);
			CollaborationFormView form = forms.views().get(code);
			if (!model.containsAttribute("defaultZone")) {
				model.addAttribute("defaultZone", form.defaultZone().name());
				model.addAttribute("commission", form.commission());
			}
			model.addAttribute("zones", Zone.values());
			return "projects/collaboration-form";
		}

		@PostMapping("/{code}/settings")
		String configure(@PathVariable String code, @RequestParam(required = false) @Nullable String defaultZone,
				@RequestParam(defaultValue = "false") boolean commission, Model model, RedirectAttributes redirect) {
			try {
				forms.configure(code, defaultZone, commission);
			}
			catch (RuleViolation violation) {
				model.addAttribute("settingsError", violation.code());
				model.addAttribute("defaultZone", defaultZone);
				model.addAttribute("commission", commission);
				return edit(code, model);
			}
			redirect.addFlashAttribute("done", "configured");
			return "redirect:/admin/collaboration-forms";
		}
	}
}
