package jp.tomoni.proposals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.shared.MasterList;
import jp.tomoni.shared.MasterListController;
import jp.tomoni.shared.MasterRows;
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
 * The suitability checklist (協働に適した事業) calls ask proposers to answer, its items under the viewpoints of nature
 * (性質) and effect (効果): kept by administrators at {@code /admin/suitability-items}, shipped with Fuchu 第3章1's
 * items. A call names the items it asks; a retired item stays on the calls that ask it.
 */
@Service
class SuitabilityItems extends MasterRows<SuitabilityItem> {

	/** An item as forms and pages show it. */
	record Item(String code, String name, SuitabilityAspect aspect, boolean retired) {
	}

	private final SuitabilityItemRepository items;

	private final ProposalCallRepository calls;

	private final AuditLog auditLog;

	SuitabilityItems(SuitabilityItemRepository items, ProposalCallRepository calls, AuditLog auditLog) {
		super(items);
		this.items = items;
		this.calls = calls;
		this.auditLog = auditLog;
	}

	/** Every item, retired or not, in order. */
	@Transactional(readOnly = true)
	List<Item> all(Locale locale) {
		return items.inOrder().stream().map(i -> new Item(i.code(), i.name(locale), i.aspect(), i.retired())).toList();
	}

	/** The items still offered, in order. */
	@Transactional(readOnly = true)
	List<Item> active(Locale locale) {
		return all(locale).stream().filter(i -> !i.retired()).toList();
	}

	/** These items, in the given order; unknown codes are left out. */
	@Transactional(readOnly = true)
	List<Item> of(List<String> codes, Locale locale) {
		Map<String, Item> byCode = all(locale).stream().collect(Collectors.toMap(Item::code, Function.identity()));
		return codes.stream().filter(byCode::containsKey).map(byCode::get).toList();
	}

	@Transactional
	void changeAspect(String code, SuitabilityAspect aspect) {
		items.findById(code).orElseThrow(() -> new MasterList.EntryNotFound(code)).aspect(aspect);
		audited("regrouped", code);
	}

	@Override
	protected List<SuitabilityItem> inOrder() {
		return items.inOrder();
	}

	/** A new item is under 性質 until an administrator moves it, on the item's page. */
	@Override
	protected SuitabilityItem create(String code, String name, String nameEn, int sortOrder) {
		return new SuitabilityItem(code, name, nameEn, sortOrder, SuitabilityAspect.NATURE);
	}

	@Override
	protected Map<String, Long> uses() {
		return calls.suitabilityUses()
			.stream()
			.collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("suitability-item." + what, "suitability-item", code));
	}

	/** The list page with each item's viewpoint, and a form to change it on the item's page. */
	@Controller
	@RequestMapping("/admin/suitability-items")
	@PreAuthorize("hasRole('ADMIN')")
	static class SuitabilityItemController extends MasterListController {

		private final SuitabilityItems items;

		private final MessageSource messages;

		SuitabilityItemController(SuitabilityItems items, MessageSource messages) {
			super(items, "/admin/suitability-items", "suitabilityItem", messages);
			this.items = items;
			this.messages = messages;
		}

		@Override
		public String list(Model model) {
			Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
			model.addAttribute("extraHeading", "suitabilityItem.aspect");
			model.addAttribute("extras", items.all(locale)
				.stream()
				.collect(Collectors.toMap(Item::code,
						i -> messages.getMessage(i.aspect().messageKey(), null, locale))));
			return super.list(model);
		}

		@Override
		public String edit(@PathVariable String code, Model model) {
			String view = super.edit(code, model);
			Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
			model.addAttribute("extraFragment", "proposals/master-extras :: aspect");
			model.addAttribute("aspects", SuitabilityAspect.values());
			model.addAttribute("aspect", items.all(locale)
				.stream()
				.filter(i -> i.code().equals(code))
				.findFirst()
				.map(Item::aspect)
				.orElse(SuitabilityAspect.NATURE));
			return view;
		}

		@PostMapping("/{code}/aspect")
		String aspect(@PathVariable String code, @RequestParam(required = false) SuitabilityAspect aspect,
				RedirectAttributes redirect) {
			if (aspect != null) {
				items.changeAspect(code, aspect);
				redirect.addFlashAttribute("done", "renamed");
			}
			return "redirect:/admin/suitability-items";
		}
	}
}
