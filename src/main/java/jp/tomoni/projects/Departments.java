package jp.tomoni.projects;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.shared.MasterListController;
import jp.tomoni.shared.MasterRows;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The city's departments (担当課) that take charge of calls and projects: offered in the forms, kept by administrators
 * at {@code /admin/departments}. A retired department stays on the records that name it.
 */
@Service
public class Departments extends MasterRows<Department> {

	private final DepartmentRepository departments;

	private final ProjectUses uses;

	private final AuditLog auditLog;

	private final List<DepartmentUsage> others;

	Departments(DepartmentRepository departments, ProjectUses uses, AuditLog auditLog, List<DepartmentUsage> others) {
		super(departments);
		this.departments = departments;
		this.uses = uses;
		this.others = others;
		this.auditLog = auditLog;
	}

	/** The departments still offered, in the administrators' order. */
	@Transactional(readOnly = true)
	public List<DepartmentView> active() {
		return departments.inOrder().stream().filter(d -> !d.retired()).map(Departments::view).toList();
	}

	/** Every department, retired ones too (a record keeps its retired department), in order. */
	@Transactional(readOnly = true)
	public List<DepartmentView> all() {
		return departments.inOrder().stream().map(Departments::view).toList();
	}

	/** Any department, retired or not, by its code. */
	@Transactional(readOnly = true)
	public Optional<DepartmentView> find(String code) {
		return departments.findById(code).map(Departments::view);
	}

	private static DepartmentView view(Department department) {
		return new DepartmentView(department.code(), department.name(), department.nameEn(), department.retired());
	}

	@Override
	protected List<Department> inOrder() {
		return departments.inOrder();
	}

	@Override
	protected Department create(String code, String name, String nameEn, int sortOrder) {
		return new Department(code, name, nameEn, sortOrder);
	}

	/** The projects in each department's charge, and what other modules hold that names it (calls, consultations). */
	@Override
	protected Map<String, Long> uses() {
		Map<String, Long> counts = new java.util.HashMap<>(uses.byDepartment());
		for (DepartmentUsage usage : others) {
			usage.countByDepartment().forEach((code, n) -> counts.merge(code, n, Long::sum));
		}
		return counts;
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("department." + what, "department", code));
	}

	@Controller
	@RequestMapping("/admin/departments")
	@PreAuthorize("hasRole('ADMIN')")
	static class DepartmentController extends MasterListController {

		DepartmentController(Departments departments, MessageSource messages) {
			super(departments, "/admin/departments", "department", messages);
		}
	}
}
