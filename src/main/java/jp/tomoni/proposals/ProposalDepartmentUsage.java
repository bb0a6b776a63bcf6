package jp.tomoni.proposals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.projects.DepartmentUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The calls a department set and the prior consultations it attended, for the administrators' list of departments. */
@Component
class ProposalDepartmentUsage implements DepartmentUsage {

	private final ProposalCallRepository calls;

	private final PriorConsultationRepository consultations;

	ProposalDepartmentUsage(ProposalCallRepository calls, PriorConsultationRepository consultations) {
		this.calls = calls;
		this.consultations = consultations;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> countByDepartment() {
		Map<String, Long> counts = new HashMap<>();
		add(counts, calls.departmentUses());
		add(counts, consultations.departmentUses());
		return counts;
	}

	private static void add(Map<String, Long> counts, List<Object[]> rows) {
		rows.forEach(r -> counts.merge((String) r[0], (Long) r[1], Long::sum));
	}
}
