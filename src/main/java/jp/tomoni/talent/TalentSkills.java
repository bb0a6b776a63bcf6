package jp.tomoni.talent;

import java.util.List;
import java.util.Map;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.MasterListController;
import jp.tomoni.shared.MasterRows;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RequestMapping;

/** The curated list of skills on the administrators' master-list pages: {@code /admin/talent-skills}. */
@Service
class TalentSkills extends MasterRows<TalentSkill> {

	private final TalentSkillRepository skills;

	private final TalentEntryRepository entries;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	TalentSkills(TalentSkillRepository skills, TalentEntryRepository entries, Municipalities municipalities,
			AuditLog auditLog) {
		super(skills);
		this.skills = skills;
		this.entries = entries;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
	}

	@Override
	protected List<TalentSkill> inOrder() {
		return skills.inOrder();
	}

	@Override
	protected TalentSkill create(String code, String name, String nameEn, int sortOrder) {
		return new TalentSkill(code, name, nameEn, sortOrder);
	}

	/** How many entries name each skill (the column holds the codes, so the count is made here). */
	@Override
	protected Map<String, Long> uses() {
		Map<String, Long> uses = new java.util.HashMap<>();
		for (Object codes : entries.skillCodesOf(municipalities.current().code())) {
			@SuppressWarnings("unchecked")
			java.util.Set<String> set = (java.util.Set<String>) codes;
			set.forEach(code -> uses.merge(code, 1L, Long::sum));
		}
		return uses;
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("talent-skill." + what, "talent-skill", code));
	}

	@Controller
	@RequestMapping("/admin/talent-skills")
	@PreAuthorize("hasRole('ADMIN')")
	static class SkillController extends MasterListController {

		SkillController(TalentSkills skills, MessageSource messages) {
			super(skills, "/admin/talent-skills", "talentSkill", messages);
		}
	}
}
