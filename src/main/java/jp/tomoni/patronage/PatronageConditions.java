package jp.tomoni.patronage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.shared.MasterListController;
import jp.tomoni.shared.MasterRows;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The conditions the municipality publishes for patronage and co-hosting, kept by administrators at
 * {@code /admin/patronage-conditions}. Every active condition must be confirmed by an applicant; a retired one is
 * no longer asked, and stays on the applications that confirmed it.
 */
@Service
class PatronageConditions extends MasterRows<PatronageCondition> {

	private final PatronageConditionRepository conditions;

	private final PatronageApplicationRepository applications;

	private final AuditLog auditLog;

	PatronageConditions(PatronageConditionRepository conditions, PatronageApplicationRepository applications,
			AuditLog auditLog) {
		super(conditions);
		this.conditions = conditions;
		this.applications = applications;
		this.auditLog = auditLog;
	}

	/** The conditions asked today, in order. */
	List<PatronageCondition> active() {
		return conditions.inOrder().stream().filter(c -> !c.retired()).toList();
	}

	@Override
	protected List<PatronageCondition> inOrder() {
		return conditions.inOrder();
	}

	@Override
	protected PatronageCondition create(String code, String name, String nameEn, int sortOrder) {
		return new PatronageCondition(code, name, nameEn, sortOrder);
	}

	/** How many applications confirmed each condition. */
	@Override
	protected Map<String, Long> uses() {
		Map<String, Long> uses = new HashMap<>();
		for (PatronageApplication application : applications.findAll()) {
			application.conditionsConfirmed().forEach(code -> uses.merge(code, 1L, Long::sum));
		}
		return uses;
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("patronage-condition." + what, "patronage-condition", code));
	}

	@Controller
	@RequestMapping("/admin/patronage-conditions")
	@PreAuthorize("hasRole('ADMIN')")
	static class ConditionController extends MasterListController {

		ConditionController(PatronageConditions conditions, MessageSource messages) {
			super(conditions, "/admin/patronage-conditions", "patronageCondition", messages);
		}
	}
}
